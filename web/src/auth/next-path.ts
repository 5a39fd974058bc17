/** Where to go after signing in: only same-origin paths, so `?next=` is no open redirect. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return '/templates';
  }
  return next;
}

/** The login page, coming back to `path` (pathname and search) afterwards. */
export function loginPath(path: string): string {
  return `/login?next=${encodeURIComponent(path)}`;
}
