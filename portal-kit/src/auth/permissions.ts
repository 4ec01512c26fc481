/** Named permissions from me.permissions that the portals act on. */
export const permissions = {
  inviteMembers: 'member:invite',
  manageMembers: 'member:manage',
} as const;

export type PortalPermission = (typeof permissions)[keyof typeof permissions];
