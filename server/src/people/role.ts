import { registerEnumType } from 'type-graphql';
import { OrganisationKind } from '../organisations/organisation-kind.js';

export enum Role {
  HEADTEACHER = 'HEADTEACHER',
  AP_LEAD = 'AP_LEAD',
  DSL = 'DSL',
  ATTENDANCE_LEAD = 'ATTENDANCE_LEAD',
  SENCO = 'SENCO',
  STAFF = 'STAFF',
  PROVIDER_MANAGER = 'PROVIDER_MANAGER',
  COMMISSIONER = 'COMMISSIONER',
  QA_OFFICER = 'QA_OFFICER',
  DESIGNATED_OFFICER = 'DESIGNATED_OFFICER',
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'A role a member holds in one organisation. Which roles exist depends on the organisation kind.',
  valuesConfig: {
    HEADTEACHER: { description: 'School: headteacher.' },
    AP_LEAD: { description: 'School: alternative-provision lead (off-site coordinator).' },
    DSL: { description: 'School or provider: designated safeguarding lead.' },
    ATTENDANCE_LEAD: { description: 'School: attendance lead.' },
    SENCO: { description: 'School: special educational needs co-ordinator.' },
    STAFF: { description: 'School or provider: member of staff.' },
    PROVIDER_MANAGER: { description: 'Provider: manager, keeps the QA record and the team.' },
    COMMISSIONER: { description: 'LA: AP commissioner.' },
    QA_OFFICER: { description: 'LA: quality-assurance officer.' },
    DESIGNATED_OFFICER: { description: 'LA: designated officer (safeguarding).' },
    PLATFORM_ADMIN: { description: 'Platform operations: creates organisations.' },
  },
});

export const ROLES_BY_KIND: Record<OrganisationKind, readonly Role[]> = {
  SCHOOL: [Role.HEADTEACHER, Role.AP_LEAD, Role.DSL, Role.ATTENDANCE_LEAD, Role.SENCO, Role.STAFF],
  PROVIDER: [Role.PROVIDER_MANAGER, Role.DSL, Role.STAFF],
  LOCAL_AUTHORITY: [Role.COMMISSIONER, Role.QA_OFFICER, Role.DESIGNATED_OFFICER],
  PLATFORM: [Role.PLATFORM_ADMIN],
};
