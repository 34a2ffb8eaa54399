/**
 * The page to open after login, from the `next` query parameter. Only same-site paths are
 * accepted, so a crafted link cannot send a freshly signed-in user to another site.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/login')) return '/';
  return next;
}
