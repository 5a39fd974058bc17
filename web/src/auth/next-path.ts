/** Where to go after signing in: only same-origin paths, so `?next=` is no open redirect. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return '/templates';
  }
  return next;
}
