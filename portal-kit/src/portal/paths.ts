/** The path inside the portal, without the router base: ("/provider/my-organisation", "/provider") -> "/my-organisation". */
export function appPathOf(pathname: string, basePath: string): string {
  const base = basePath.replace(/\/+$/, '');
  if (base === '') return pathname || '/';
  if (pathname.toLowerCase() === base.toLowerCase()) return '/';
  if (pathname.toLowerCase().startsWith(`${base.toLowerCase()}/`)) return pathname.slice(base.length);
  return pathname;
}

/** Only a path inside this portal, so a crafted sign-in link cannot send the user to another site. */
export function safeReturnTo(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === '/sign-in' || value.startsWith('/sign-in?')) return '/';
  return value;
}

export function signInPath(returnTo: string): string {
  const target = safeReturnTo(returnTo);
  return target === '/' ? '/sign-in' : `/sign-in?returnTo=${encodeURIComponent(target)}`;
}

/** Whether a navigation item's section contains the current page ("/" only matches itself). */
export function isCurrentSection(appPath: string, href: string): boolean {
  if (href === '/') return appPath === '/';
  return appPath === href || appPath.startsWith(`${href}/`);
}

/** The router gives repeated query parameters as arrays; pages want the first value. */
export function singleParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
