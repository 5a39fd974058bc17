import type { ReactNode } from 'react';
import Markdown from 'react-markdown';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';

function isExternal(href: string | undefined): boolean {
  return !!href && /^https?:\/\//i.test(href);
}

function GuideLink({
  href,
  title,
  children,
}: {
  href?: string;
  title?: string;
  children?: ReactNode;
}) {
  return isExternal(href) ? (
    <a href={href} title={title} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a href={href} title={title}>
      {children}
    </a>
  );
}

/**
 * A template's getting-started guide. Guides may carry inline HTML (community templates will), so
 * it is parsed (rehype-raw) and then sanitised with GitHub's rules (rehype-sanitize): no scripts,
 * event handlers, styles or javascript: URLs survive.
 */
export function TemplateGuide({ markdown }: { markdown: string }) {
  return (
    <div
      data-testid="template-guide"
      className="prose prose-slate dark:prose-invert prose-headings:scroll-mt-24 prose-headings:font-semibold prose-a:text-primary prose-code:rounded prose-code:bg-muted prose-code:px-1 prose-code:py-0.5 prose-code:font-normal prose-code:before:content-none prose-code:after:content-none prose-pre:border prose-pre:bg-muted/60 prose-pre:text-foreground [&_pre_code]:bg-transparent [&_pre_code]:p-0 max-w-none text-sm sm:text-base"
    >
      <Markdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeRaw, rehypeSanitize]}
        components={{ a: GuideLink }}
      >
        {markdown}
      </Markdown>
    </div>
  );
}
