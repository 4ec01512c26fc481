import type {
  ApSettingType,
  InvitationStatus,
  OrganisationKind,
  ProviderRegistrationStatus,
  Role,
} from '../gql/graphql';

export const roleLabels: Record<Role, string> = {
  HEADTEACHER: 'Headteacher',
  AP_LEAD: 'Alternative provision lead',
  DSL: 'Designated safeguarding lead',
  ATTENDANCE_LEAD: 'Attendance lead',
  SENCO: 'SENCo',
  STAFF: 'Staff',
  PROVIDER_MANAGER: 'Provider manager',
  COMMISSIONER: 'Commissioner',
  QA_OFFICER: 'Quality assurance officer',
  DESIGNATED_OFFICER: 'Designated officer',
  PLATFORM_ADMIN: 'Platform administrator',
};

export const organisationKindLabels: Record<OrganisationKind, string> = {
  SCHOOL: 'School',
  PROVIDER: 'Alternative provision provider',
  LOCAL_AUTHORITY: 'Local authority',
  PLATFORM: 'Platform operations',
};

export const registrationStatusLabels: Record<ProviderRegistrationStatus, string> = {
  REGISTERED_SCHOOL: 'Registered school',
  FURTHER_EDUCATION: 'Further education provider',
  NON_SCHOOL: 'Unregistered (non-school) provider',
};

export const settingTypeLabels: Record<ApSettingType, string> = {
  NFE: 'Non-maintained further education',
  OOT: 'One-to-one tuition',
  OTH: 'Other unregistered provider',
  WBP: 'Work-based placement',
};

export const invitationStatusLabels: Record<InvitationStatus, string> = {
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  REVOKED: 'Revoked',
  EXPIRED: 'Expired',
};

/** The roles a member of each kind of organisation can hold, in the order forms list them. */
export const rolesByOrganisationKind: Record<OrganisationKind, readonly Role[]> = {
  SCHOOL: ['HEADTEACHER', 'AP_LEAD', 'DSL', 'ATTENDANCE_LEAD', 'SENCO', 'STAFF'],
  PROVIDER: ['PROVIDER_MANAGER', 'DSL', 'STAFF'],
  LOCAL_AUTHORITY: ['COMMISSIONER', 'QA_OFFICER', 'DESIGNATED_OFFICER'],
  PLATFORM: ['PLATFORM_ADMIN'],
};

/** Joins role labels for prose, e.g. "Headteacher and Designated safeguarding lead". */
export function describeRoles(roles: readonly Role[]): string {
  const labels = roles.map((role) => roleLabels[role]);
  if (labels.length <= 1) return labels[0] ?? 'No roles';
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** Keeps only the submitted values that are roles of the organisation's kind, in the kind's order. */
export function rolesForKind(kind: OrganisationKind, values: readonly string[]): Role[] {
  return rolesByOrganisationKind[kind].filter((role) => values.includes(role));
}
