import { registerEnumType } from 'type-graphql';
import { OrganisationKind } from '../organisations/organisation-kind.js';

export enum Portal {
  SCHOOL = 'SCHOOL',
  PROVIDER = 'PROVIDER',
}
registerEnumType(Portal, {
  name: 'Portal',
  description: 'Which portal e-mailed links open: the school portal (schools, LAs, platform) or the provider portal.',
});

export function portalFor(kind: OrganisationKind): Portal {
  return kind === OrganisationKind.PROVIDER ? Portal.PROVIDER : Portal.SCHOOL;
}

/** An absolute link into a portal, e.g. portalLink(base, Portal.PROVIDER, '/reset-password', { token }). */
export function portalLink(publicUrl: string, portal: Portal, path: string, query: Record<string, string>): string {
  const base = portal === Portal.PROVIDER ? `${publicUrl}/provider` : publicUrl;
  return `${base}${path}?${new URLSearchParams(query).toString()}`;
}
