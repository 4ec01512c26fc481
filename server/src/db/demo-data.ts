import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../auth/passwords.js';
import { ApSettingType, OrganisationKind, ProviderRegistrationStatus } from '../organisations/organisation-kind.js';
import {
  LocalAuthority,
  Organisation,
  PlatformOrganisation,
  Provider,
  School,
} from '../organisations/organisation.entity.js';
import { ProviderSite } from '../organisations/provider-site.entity.js';
import { Membership } from '../people/membership.entity.js';
import { Role } from '../people/role.js';
import { User } from '../people/user.entity.js';
import { seedDemoPlacements } from '../placements/placement.demo.js';
import { seedDemoAttendance } from '../attendance/attendance.demo.js';
import { seedSchoolPolicies } from '../policies/policy.demo.js';
import { seedDemoPupils } from '../pupils/pupil.demo.js';
import { seedDemoSafeguarding } from '../safeguarding/safeguarding.demo.js';
import { seedQaFrameworks } from '../qa/assessment.demo.js';
import { seedProviderQaRecords } from '../qa/evidence.demo.js';
import type { FileStorage } from '../qa/storage/file-storage.js';
import type { Orm } from './orm.js';

/**
 * A realistic demo world for a fresh database (never in production): the five schools of the
 * seed policies (../shared/seeds) plus one made-up school for the generic 2026-27 policy, four
 * providers of different kinds, four LAs, staff in every role. URNs, UKPRNs and LAESTABs are
 * fictional; LA codes are the real DfE ones. Every address uses the reserved .example domain.
 */
export const DEMO = {
  las: [
    { key: 'doncaster', name: 'City of Doncaster Council', laCode: '371', domain: 'doncaster-la.example' },
    { key: 'rotherham', name: 'Rotherham Metropolitan Borough Council', laCode: '372', domain: 'rotherham-la.example' },
    { key: 'dudley', name: 'Dudley Metropolitan Borough Council', laCode: '332', domain: 'dudley-la.example' },
    { key: 'leicestershire', name: 'Leicestershire County Council', laCode: '855', domain: 'leicestershire-la.example' },
  ],
  schools: [
    { key: 'oakfield', name: 'Oakfield School', urn: '147201', estab: '4012', la: 'rotherham', domain: 'oakfield.example' },
    { key: 'northfield', name: 'Northfield Academy', urn: '147202', estab: '4020', la: 'doncaster', domain: 'northfield.example' },
    { key: 'levett', name: 'The Levett School', urn: '147203', estab: '4031', la: 'doncaster', domain: 'levett.example' },
    { key: 'dormston', name: 'Dormston School', urn: '147204', estab: '4044', la: 'dudley', domain: 'dormston.example' },
    { key: 'alp', name: 'ALP Leicester', urn: '147205', estab: '6005', la: 'leicestershire', domain: 'alp-leicester.example' },
  ],
  providers: [
    {
      key: 'bridgepark', name: 'Bridge Park School', domain: 'bridgepark.example',
      registrationStatus: ProviderRegistrationStatus.REGISTERED_SCHOOL, urn: '147301',
      sites: [{ name: 'Main site', addressLine1: '12 Bridge Park Road', town: 'Doncaster', postcode: 'DN4 5HX', la: 'doncaster' }],
    },
    {
      key: 'riverside', name: 'Riverside College', domain: 'riverside-college.example',
      registrationStatus: ProviderRegistrationStatus.FURTHER_EDUCATION, ukprn: '10099001',
      sites: [
        { name: 'Town centre campus', addressLine1: '1 College Road', town: 'Rotherham', postcode: 'S65 1EG', la: 'rotherham' },
        { name: 'Engineering centre', addressLine1: 'Unit 4, Carr Hill Industrial Estate', town: 'Doncaster', postcode: 'DN4 8DE', la: 'doncaster' },
      ],
    },
    {
      key: 'pathways', name: 'Pathways Outdoor Learning', domain: 'pathways.example',
      registrationStatus: ProviderRegistrationStatus.NON_SCHOOL, settingType: ApSettingType.OTH,
      sites: [
        { name: 'Farm base', addressLine1: 'Saltwells Lane', town: 'Dudley', postcode: 'DY2 0AP', la: 'dudley' },
        { name: 'Charnwood woodland centre', addressLine1: 'Swithland Lane', town: 'Loughborough', postcode: 'LE12 8TH', la: 'leicestershire' },
      ],
    },
    {
      key: 'brightside', name: 'Brightside Tutoring', domain: 'brightside.example',
      registrationStatus: ProviderRegistrationStatus.NON_SCHOOL, settingType: ApSettingType.OOT,
      sites: [{ name: 'Tuition rooms', addressLine1: '8 Sibson Road', town: 'Birstall', postcode: 'LE4 4DX', la: 'leicestershire' }],
    },
  ],
  schoolStaff: [
    { local: 'head', roles: [Role.HEADTEACHER], title: 'Headteacher' },
    { local: 'ap.lead', roles: [Role.AP_LEAD], title: 'AP lead' },
    { local: 'dsl', roles: [Role.DSL], title: 'DSL' },
    { local: 'attendance', roles: [Role.ATTENDANCE_LEAD], title: 'Attendance lead' },
    { local: 'senco', roles: [Role.SENCO], title: 'SENCo' },
    { local: 'staff', roles: [Role.STAFF], title: 'Teacher' },
  ],
  providerStaff: [
    { local: 'manager', roles: [Role.PROVIDER_MANAGER], title: 'Manager' },
    { local: 'dsl', roles: [Role.DSL], title: 'DSL' },
    { local: 'staff', roles: [Role.STAFF], title: 'Tutor' },
  ],
  laStaff: [
    { local: 'commissioner', roles: [Role.COMMISSIONER], title: 'AP commissioner' },
    { local: 'qa', roles: [Role.QA_OFFICER], title: 'QA officer' },
    { local: 'lado', roles: [Role.DESIGNATED_OFFICER], title: 'Designated officer' },
  ],
  admin: { email: 'admin@ap-partnership.example', name: 'Platform Admin' },
  /** People with two memberships, to show switching organisation in each portal. */
  alsoMemberOf: [
    { email: 'ap.lead@levett.example', organisation: 'northfield', roles: [Role.AP_LEAD] },
    { email: 'manager@pathways.example', organisation: 'brightside', roles: [Role.PROVIDER_MANAGER] },
  ],
} as const;

const FIRST_NAMES = ['Amira', 'Ben', 'Chloe', 'Daniel', 'Ellie', 'Farhan', 'Grace', 'Harry', 'Isla', 'Jamal', 'Katie', 'Liam', 'Maya', 'Noah', 'Olivia', 'Priya', 'Rhys', 'Sophie', 'Tom', 'Zara'];
const SURNAMES = ['Ahmed', 'Bennett', 'Clarke', 'Dawson', 'Evans', 'Fletcher', 'Gill', 'Hughes', 'Iqbal', 'Jones', 'Khan', 'Lewis', 'Morgan', 'Nowak', 'Owen', 'Patel', 'Robinson', 'Shaw', 'Turner', 'Walsh'];

/** Seeds the demo world once: does nothing when any organisation exists. */
export async function seedDemoData(orm: Orm, password: string, files: FileStorage): Promise<boolean> {
  const em = orm.em.fork() as EntityManager;
  if ((await em.count(Organisation, {})) > 0) return false;
  const passwordHash = await hashPassword(password);
  let personIndex = 0;
  const person = () => {
    const name = `${FIRST_NAMES[personIndex % FIRST_NAMES.length]} ${SURNAMES[(personIndex * 7) % SURNAMES.length]}`;
    personIndex += 1;
    return name;
  };

  await em.transactional(async (tx) => {
    const now = new Date();
    const users = new Map<string, User>();
    const addMember = (organisation: Organisation, email: string, displayName: string, roles: readonly Role[]) => {
      let user = users.get(email);
      if (!user) {
        user = tx.create(User, { email, displayName, passwordHash, createdAt: now });
        users.set(email, user);
      }
      tx.create(Membership, { user, organisation, roles: [...roles], createdAt: now });
    };

    const las = new Map<string, LocalAuthority>();
    for (const la of DEMO.las) {
      const entity = tx.create(LocalAuthority, { name: la.name, laCode: la.laCode, kind: OrganisationKind.LOCAL_AUTHORITY, createdAt: now });
      las.set(la.key, entity);
      for (const staff of DEMO.laStaff) addMember(entity, `${staff.local}@${la.domain}`, person(), staff.roles);
    }

    // Schools reference their LA in the same table: insert LAs first so no row is ever without its LA.
    await tx.flush();

    const organisations = new Map<string, Organisation>();
    for (const school of DEMO.schools) {
      const la = las.get(school.la)!;
      const entity = tx.create(School, {
        name: school.name,
        urn: school.urn,
        laestab: `${la.laCode}${school.estab}`,
        localAuthority: la,
        kind: OrganisationKind.SCHOOL,
        createdAt: now,
      });
      organisations.set(school.key, entity);
      for (const staff of DEMO.schoolStaff) addMember(entity, `${staff.local}@${school.domain}`, person(), staff.roles);
    }

    for (const provider of DEMO.providers) {
      const entity = tx.create(Provider, {
        name: provider.name,
        providerUrn: 'urn' in provider ? provider.urn : null,
        ukprn: 'ukprn' in provider ? provider.ukprn : null,
        settingType: 'settingType' in provider ? provider.settingType : null,
        registrationStatus: provider.registrationStatus,
        kind: OrganisationKind.PROVIDER,
        createdAt: now,
      });
      organisations.set(provider.key, entity);
      for (const site of provider.sites) {
        tx.create(ProviderSite, { ...site, provider: entity, localAuthority: las.get(site.la)!, createdAt: now });
      }
      for (const staff of DEMO.providerStaff) addMember(entity, `${staff.local}@${provider.domain}`, person(), staff.roles);
    }

    const platform = tx.create(PlatformOrganisation, { name: 'AP Partnership operations', kind: OrganisationKind.PLATFORM, createdAt: now });
    addMember(platform, DEMO.admin.email, DEMO.admin.name, [Role.PLATFORM_ADMIN]);

    const later = new Date(now.getTime() + 1000);
    for (const extra of DEMO.alsoMemberOf) {
      tx.create(Membership, { user: users.get(extra.email)!, organisation: organisations.get(extra.organisation)!, roles: [...extra.roles], createdAt: later });
    }

    const domains = new Map<string, string>([...DEMO.las, ...DEMO.providers].map((org) => [org.key, org.domain]));
    await seedProviderQaRecords(tx, files, { organisations, las, users, domains });
    seedQaFrameworks(tx, { organisations, las, users, domains });
    await seedDemoPupils(tx, { organisations });
    await seedSchoolPolicies(tx, { organisations, las });
    await tx.flush();
    await seedDemoPlacements(tx, { organisations, users });
    await tx.flush();
    await seedDemoAttendance(tx);
    await seedDemoSafeguarding(tx, { organisations });
  });
  return true;
}
