import type { Component } from 'solid-js';
import type { PortalPermission } from '../auth/permissions';
import type { OrganisationKind, Portal, Role } from '../gql/graphql';

export const productName = 'AP Partnership';

export interface NavItem {
  text: string;
  /** Path inside the portal, e.g. "/organisations". */
  href: string;
  /** Shown only to members holding one of these roles. */
  roles?: readonly Role[];
  /** Shown only to members holding this permission. */
  permission?: PortalPermission;
  /** Shown only to members of these kinds of organisation. */
  organisationKinds?: readonly OrganisationKind[];
}

export interface PortalRoute {
  path: string;
  component: Component;
}

export interface PortalConfig {
  /** e.g. "School portal"; used in the header and every page title. */
  name: string;
  /** Which portal e-mailed links (password reset) lead back to. */
  portal: Portal;
  /** Router base: "/" or "/provider". */
  basePath: string;
  /** Kinds of organisation whose members work in this portal. */
  organisationKinds: readonly OrganisationKind[];
  home: Component;
  /** Portal-specific navigation between "Home" and "My organisation"; every condition given must hold. */
  navItems: readonly NavItem[];
  /** Portal-specific signed-in pages, matching navItems. */
  routes: readonly PortalRoute[];
  /** Where members of every other kind of organisation work. */
  otherPortal: { name: string; href: string };
}
