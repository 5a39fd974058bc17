/** Where a link in user Markdown may go: the web, mail, or somewhere on this page or site. */
export function linkKind(href: string | undefined): 'external' | 'local' | 'unsafe' {
  if (!href) return 'unsafe';
  // Browsers ignore control characters, spaces, tabs and newlines when they read a scheme
  // ("java\tscript:"), so the check does too.
  // eslint-disable-next-line no-control-regex
  const trimmed = href.replace(/[\u0000-\u0020\u007f]/g, '');
  if (!trimmed) return 'unsafe';
  if (/^https?:\/\//i.test(trimmed) || /^mailto:/i.test(trimmed)) return 'external';
  // A relative reference has no scheme before its first '/', '?' or '#'.
  if (/^[#/?]/.test(trimmed) && !trimmed.startsWith('//')) return 'local';
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !trimmed.startsWith('//')) return 'local';
  return 'unsafe';
}
