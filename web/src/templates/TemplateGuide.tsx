import Markdown from 'react-markdown';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';

import { MarkdownLink } from '@/components/MarkdownLink';
import { PROSE_CLASS } from '@/lib/prose';

/**
 * An official template's getting-started guide. Guides may carry inline HTML, so it is parsed
 * (rehype-raw) and then sanitised with GitHub's rules (rehype-sanitize): no scripts, event
 * handlers, styles or javascript: URLs survive. Community READMEs do not get even that: see
 * marketplace/TemplateReadme.
 */
export function TemplateGuide({ markdown }: { markdown: string }) {
  return (
    <div data-testid="template-guide" className={PROSE_CLASS}>
      <Markdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeRaw, rehypeSanitize]}
        components={{ a: MarkdownLink }}
      >
        {markdown}
      </Markdown>
    </div>
  );
}
