import Markdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';

import { MarkdownLink } from '@/components/MarkdownLink';
import { PROSE_CLASS } from '@/lib/prose';

/**
 * A template's README, written by anyone. Markdown only: embedded HTML is dropped, not parsed
 * (no rehype-raw), so no tag or attribute of the author's reaches the page; what Markdown itself
 * produces is sanitised with GitHub's rules, and links that are not web, mail or relative
 * addresses are shown as text.
 */
export function TemplateReadme({ markdown }: { markdown: string }) {
  return (
    <div data-testid="template-readme" className={PROSE_CLASS}>
      <Markdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeSanitize]}
        skipHtml
        components={{ a: MarkdownLink }}
      >
        {markdown}
      </Markdown>
    </div>
  );
}
