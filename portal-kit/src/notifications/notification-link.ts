/** Where a notification's link leads: a page of this portal, or a page elsewhere on the site (the other portal). */
export type NotificationTarget = { internal: string } | { external: string };

function trimSlashes(path: string): string {
  return path.replace(/\/+$/, '');
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`);
}

/**
 * The API stores links as site paths ("/provider/qa/evidence"). A path of this portal becomes a path
 * inside its router; one of the other portal stays a full-page link; anything that could leave the
 * site is dropped.
 */
export function notificationTarget(
  link: string | null | undefined,
  basePath: string,
  otherPortalHref: string,
): NotificationTarget | undefined {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return undefined;
  const base = trimSlashes(basePath);
  const other = trimSlashes(otherPortalHref);
  const inOther = other !== '' && isUnder(link, other);
  const inBase = base === '' || isUnder(link, base);
  if (!inBase || inOther) return { external: link };
  const inside = base === '' ? link : link.slice(base.length);
  return { internal: inside.startsWith('/') ? inside : `/${inside}` };
}
