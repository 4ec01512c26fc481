import { forbidden, unauthenticated } from '../common/errors.js';
import { OrganisationKind } from '../organisations/organisation-kind.js';
import { Role } from '../people/role.js';
import type { Actor } from './actor.js';

const ORG_ADMINS = [Role.HEADTEACHER, Role.AP_LEAD, Role.PROVIDER_MANAGER, Role.COMMISSIONER, Role.PLATFORM_ADMIN];
const EVERY_ROLE = Object.values(Role);
const SCHOOL_ROLES = [Role.HEADTEACHER, Role.AP_LEAD, Role.DSL, Role.ATTENDANCE_LEAD, Role.SENCO, Role.STAFF];
const LA_ROLES = [Role.COMMISSIONER, Role.QA_OFFICER, Role.DESIGNATED_OFFICER];
const PLACEMENT_LEADS = [Role.HEADTEACHER, Role.AP_LEAD, Role.SENCO];

/** The catalogue: each named action and the roles (in the active organisation) that hold it. */
export const PERMISSIONS = {
  /** See the members of one's own organisation. */
  'member:list': EVERY_ROLE,
  /** Invite people to one's own organisation. */
  'member:invite': ORG_ADMINS,
  /** Change roles, remove members, revoke invitations in one's own organisation. */
  'member:manage': ORG_ADMINS,
  /** Add and change a provider's sites (own provider). */
  'site:manage': [Role.PROVIDER_MANAGER, Role.PLATFORM_ADMIN],
  /** Create local authorities, schools and providers. */
  'organisation:create': [Role.PLATFORM_ADMIN],
  /** Read the audit log. */
  'audit:read': [Role.PLATFORM_ADMIN],
  /** Keep one's own provider's shared QA record: profile and evidence. */
  'qa-record:edit': [Role.PROVIDER_MANAGER],
  /** Mark a provider's evidence as checked (LA officers). */
  'evidence:verify': [Role.QA_OFFICER, Role.COMMISSIONER],
  /** Define and publish the LA's QA framework. */
  'framework:manage': [Role.QA_OFFICER, Role.COMMISSIONER],
  /** Assess providers against the LA's framework: ratings, QA visits, action plans. */
  'assessment:conduct': [Role.QA_OFFICER, Role.COMMISSIONER],
  /** Approve, make conditional, suspend or remove a provider on the LA's framework. */
  'approval:decide': [Role.COMMISSIONER, Role.QA_OFFICER],
  /** Read pupil records (a school its own pupils, an LA the pupils of its schools). */
  'pupil:read': [...SCHOOL_ROLES, ...LA_ROLES],
  /** Add, change and import the school's pupils. */
  'pupil:manage': [Role.HEADTEACHER, Role.AP_LEAD, Role.SENCO, Role.ATTENDANCE_LEAD],
  /** See placements: a school its own, a provider those made with it, an LA those of its schools and at its providers' sites. */
  'placement:read': [...SCHOOL_ROLES, ...LA_ROLES, Role.PROVIDER_MANAGER],
  /** Refer, plan, draw up the agreement, start and end a placement (school). */
  'placement:commission': PLACEMENT_LEADS,
  /** Sign the agreement for one's organisation (and, in a school, record the parent's or carer's signature). */
  'agreement:sign': [Role.HEADTEACHER, Role.AP_LEAD, Role.PROVIDER_MANAGER],
  /** Hold and record placement reviews (school). */
  'placement:review': PLACEMENT_LEADS,
  /** Visit the pupil at the provider and record the visit (school). */
  'placement:visit': [...PLACEMENT_LEADS, Role.DSL, Role.STAFF],
  /** Write termly reports and the final report (provider). */
  'placement:report': [Role.PROVIDER_MANAGER, Role.STAFF],
  /** Set the school's AP policy. */
  'school-policy:manage': [Role.HEADTEACHER, Role.AP_LEAD],
  /** Record and correct session attendance of the provider's active placements (provider). */
  'attendance:record': [Role.PROVIDER_MANAGER, Role.STAFF],
  /** Export the school's AP attendance for its MIS (school). */
  'attendance:export': [Role.HEADTEACHER, Role.AP_LEAD, Role.ATTENDANCE_LEAD],
  /** Read safeguarding concerns: DSLs of the school or provider involved, the home LA's designated officers when shared. */
  'concern:read': [Role.DSL, Role.DESIGNATED_OFFICER],
  /** Raise, add to and acknowledge safeguarding concerns (DSLs of the school or provider involved). */
  'concern:raise': [Role.DSL],
  /** Report a serious behaviour incident to the school (provider). */
  'incident:report': [Role.PROVIDER_MANAGER, Role.STAFF],
  /** Decide the school's response to a reported incident. */
  'incident:decide': [Role.HEADTEACHER, Role.AP_LEAD],
  /** Handle absence alerts: see them live and record that they were followed up (school). */
  'alert:handle': [Role.ATTENDANCE_LEAD, Role.AP_LEAD, Role.HEADTEACHER, Role.DSL],
} satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Actor | null, permission: Permission): boolean {
  if (!actor) return false;
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return actor.roles.some((role) => allowed.includes(role));
}

export function permissionsOf(actor: Actor): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can(actor, permission));
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

/** Actor with an active organisation, for operations that act inside one. */
export function requireMembership(actor: Actor | null): Actor & { organisationId: string; membershipId: string } {
  const signedIn = requireActor(actor);
  if (!signedIn.organisationId || !signedIn.membershipId) throw forbidden('You are not a member of any organisation.');
  return signedIn as Actor & { organisationId: string; membershipId: string };
}

export function assertCan(actor: Actor | null, permission: Permission): Actor & { organisationId: string; membershipId: string } {
  const member = requireMembership(actor);
  if (!can(member, permission)) throw forbidden();
  return member;
}

/** Platform operations act across organisations (RLS grants them the same through app.is_admin). */
export function isPlatform(actor: Actor | null): boolean {
  return actor?.organisationKind === OrganisationKind.PLATFORM;
}
