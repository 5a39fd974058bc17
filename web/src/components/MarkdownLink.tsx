import type { ReactNode } from 'react';

import { linkKind } from '@/lib/link-kind';

interface MarkdownLinkProps {
  href?: string;
  title?: string;
  children?: ReactNode;
}

/**
 * A link in rendered Markdown. External links open in a new tab without an opener; anything that
 * is neither a web, mail nor relative address (javascript:, data:, vbscript:…) is shown as plain
 * text, never as something to click.
 */
export function MarkdownLink({ href, title, children }: MarkdownLinkProps) {
  const kind = linkKind(href);
  if (kind === 'unsafe') return <span title={title}>{children}</span>;
  return kind === 'external' ? (
    <a href={href} title={title} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a href={href} title={title}>
      {children}
    </a>
  );
}
