/** Whether a navigation target is the current page ("page") or one of its ancestors ("true"). */
export function currentState(pathname: string, href: string): 'page' | 'true' | undefined {
  const normalise = (p: string) => (p.endsWith('/') ? p : `${p}/`);
  const path = normalise(pathname);
  const target = normalise(href);
  if (!href.startsWith('/')) return undefined;
  if (path === target) return 'page';
  if (target !== '/' && path.startsWith(target)) return 'true';
  return undefined;
}
