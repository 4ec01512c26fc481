import type { EntityManager } from '@mikro-orm/postgresql';
import { randomInt } from 'node:crypto';
import type { TestServer } from '../../test/harness.js';
import type { Member } from '../../test/world.js';
import { type LocalAuthority, Provider, School } from '../organisations/organisation.entity.js';
import { ProviderSite } from '../organisations/provider-site.entity.js';
import { Role } from '../people/role.js';
import { SchoolApPolicy } from '../policies/school-policy.entity.js';
import { Pupil, PupilSex } from '../pupils/pupil.entity.js';
import { upnFromDigits } from '../pupils/upn.js';
import { addDays, todayInEngland } from '../qa/evidence-dates.js';
import {
  AgreementParty,
  AgreementSignature,
  PlacementAgreement,
  ReportCadence,
  ReportingCadence,
  SessionOfDay,
  SignatureMethod,
  Weekday,
  type TimetableSession,
} from './agreement.entity.js';
import { PlanObjective } from './objective.entity.js';
import { LegalBasis, Placement, PlacementReason, PlacementStatus } from './placement.entity.js';
import { snapshotOf } from './plan-snapshot.js';
import { sharedSummaryOf } from './pupil-summary.js';
import { hoursOf } from './timetable.js';

export { sharedSummaryOf };

/**
 * Tenant builders for placement tests: pupils and placements written straight into the database
 * as the owner (like World), so a test can start from any point of a placement's life.
 */

export const today = () => todayInEngland();
export const daysFromToday = (days: number) => addDays(todayInEngland(), days);

/** Mornings and afternoons Monday to Friday: 25 hours, full-time. */
export const FULL_WEEK: TimetableSession[] = Object.values(Weekday).flatMap((weekday) => [
  { weekday, session: SessionOfDay.AM, startTime: '09:00', endTime: '12:00' },
  { weekday, session: SessionOfDay.PM, startTime: '13:00', endTime: '15:00' },
]);

/** Two days, four sessions: 10 hours, part-time. */
export const TWO_DAYS: TimetableSession[] = FULL_WEEK.filter((s) => s.weekday === Weekday.TUESDAY || s.weekday === Weekday.THURSDAY);

export { hoursOf };

/** Everyone a placement test needs: a school in an LA, a provider with a site in another (host) LA, and outsiders. */
export interface PlacementCast {
  la: LocalAuthority;
  hostLa: LocalAuthority;
  school: School;
  provider: Provider;
  head: Member;
  apLead: Member;
  senco: Member;
  dsl: Member;
  schoolStaff: Member;
  commissioner: Member;
  hostCommissioner: Member;
  manager: Member;
  providerStaff: Member;
  otherSchoolHead: Member;
  otherProviderManager: Member;
  otherLaCommissioner: Member;
}

export async function placementCast(t: TestServer): Promise<PlacementCast> {
  const w = t.world;
  const la = await w.la('Home LA');
  const hostLa = await w.la('Host LA');
  const otherLa = await w.la('Other LA');
  const school = await w.school(la, 'Home School');
  const otherSchool = await w.school(la, 'Other School');
  const provider = await w.provider({ la: hostLa, name: 'Placement Provider' });
  const otherProvider = await w.provider({ la: hostLa, name: 'Other Provider' });
  return {
    la,
    hostLa,
    school,
    provider,
    head: await w.member(school, [Role.HEADTEACHER]),
    apLead: await w.member(school, [Role.AP_LEAD]),
    senco: await w.member(school, [Role.SENCO]),
    dsl: await w.member(school, [Role.DSL]),
    schoolStaff: await w.member(school, [Role.STAFF]),
    commissioner: await w.member(la, [Role.COMMISSIONER]),
    hostCommissioner: await w.member(hostLa, [Role.COMMISSIONER]),
    manager: await w.member(provider, [Role.PROVIDER_MANAGER]),
    providerStaff: await w.member(provider, [Role.STAFF]),
    otherSchoolHead: await w.member(otherSchool, [Role.HEADTEACHER]),
    otherProviderManager: await w.member(otherProvider, [Role.PROVIDER_MANAGER]),
    otherLaCommissioner: await w.member(otherLa, [Role.COMMISSIONER]),
  };
}

/** A valid, unused-looking permanent UPN issued by the school's LA. */
export function randomUpn(laCode = '999'): string {
  return upnFromDigits(`${laCode}${String(randomInt(0, 10_000)).padStart(4, '0')}${String(randomInt(0, 100_000)).padStart(5, '0')}`);
}

export async function pupilOf(t: TestServer, school: School, overrides: Partial<Pupil> = {}): Promise<Pupil> {
  const em = t.owner();
  const pupil = em.create(Pupil, {
    school: em.getReference(School, school.id),
    upn: randomUpn(),
    legalSurname: 'Tester',
    legalForename: `Pupil${randomInt(1000, 10000)}`,
    dateOfBirth: '2012-03-14',
    sex: PupilSex.F,
    yearGroup: 9,
    ...overrides,
  } as Pupil);
  await em.flush();
  return pupil;
}

export interface PlacementOptions {
  pupil: Pupil;
  provider: Provider;
  status?: PlacementStatus;
  legalBasis?: LegalBasis;
  timetable?: TimetableSession[];
  startDate?: string;
  proposedEndDate?: string;
  /** Record every party's signature on the agreement (default: when AGREED, ACTIVE or ENDED). */
  signed?: boolean;
  objectives?: { description: string; baseline?: string | null }[];
  attendanceReporting?: ReportingCadence;
  reviewIntervalWeeks?: number;
  visitsPerTerm?: number;
  reportCadence?: ReportCadence;
  placement?: Partial<Placement>;
}

/** A placement at any status, with an agreement (version 1) built from the options. */
export async function placementOf(t: TestServer, createdBy: Member, options: PlacementOptions): Promise<Placement> {
  const em = t.owner();
  const pupil = await em.findOneOrFail(Pupil, options.pupil.id, { populate: ['school'] });
  const school = pupil.school.getEntity();
  const status = options.status ?? PlacementStatus.ACTIVE;
  const started = status === PlacementStatus.ACTIVE || status === PlacementStatus.ENDED;
  const startDate = options.startDate ?? (started ? daysFromToday(-14) : daysFromToday(14));
  const placement = em.create(Placement, {
    pupil,
    school,
    localAuthority: school.localAuthority,
    provider: em.getReference(Provider, options.provider.id),
    status,
    reason: em.getReference(PlacementReason, 'behavioural-support'),
    legalBasis: options.legalBasis ?? LegalBasis.OTHER_SCHOOL_ARRANGED,
    createdById: createdBy.user.id,
    proposedAt: status === PlacementStatus.DRAFT ? null : new Date(),
    laNotifiedAt: status === PlacementStatus.DRAFT ? null : new Date(),
    agreedAt: [PlacementStatus.AGREED, PlacementStatus.ACTIVE, PlacementStatus.ENDED].includes(status) ? new Date() : null,
    startedOn: started ? startDate : null,
    shared: status === PlacementStatus.DRAFT ? null : sharedSummaryOf(pupil),
    ...options.placement,
  } as Placement);
  placement.plan.rationale = 'Needs a smaller setting to re-engage with learning.';
  const sites = await em.find(ProviderSite, { provider: options.provider.id });
  placement.sites.set(sites);
  const objectives = (options.objectives ?? [{ description: 'Attend every timetabled session', baseline: 'Attendance 62% last half term' }]).map((objective, index) =>
    em.create(PlanObjective, {
      placement,
      position: index + 1,
      description: objective.description,
      baseline: objective.baseline ?? null,
      target: '95% attendance',
      measure: 'Session attendance recorded by the provider',
      timeframe: 'By the end of term',
    }),
  );
  const timetable = options.timetable ?? TWO_DAYS;
  const agreement = em.create(PlacementAgreement, {
    placement,
    version: 1,
    providerCommitments: ['Contact the school whenever the pupil is absent.'],
    schoolCommitments: ['Arrange periodic visits to review progress.'],
    attendanceReporting: options.attendanceReporting ?? ReportingCadence.DAILY,
    reviewIntervalWeeks: options.reviewIntervalWeeks ?? 6,
    visitsPerTerm: options.visitsPerTerm ?? 1,
    reportCadence: options.reportCadence ?? ReportCadence.TERMLY,
    timetable,
    hoursPerWeek: hoursOf(timetable),
    startDate,
    proposedEndDate: options.proposedEndDate ?? addDays(startDate, 84),
    planSnapshot: snapshotOf(placement.plan, objectives),
    createdById: createdBy.user.id,
  });
  if (options.signed ?? Boolean(placement.agreedAt)) {
    for (const party of Object.values(AgreementParty)) {
      em.create(AgreementSignature, {
        agreement,
        party,
        signerName: `${party} signer`,
        method: party === AgreementParty.PARENT_CARER ? SignatureMethod.ON_PAPER : SignatureMethod.IN_PORTAL,
        signedOn: today(),
        recordedById: createdBy.user.id,
        recordedByName: createdBy.name,
      });
    }
  }
  await em.flush();
  return placement;
}

/** The school's AP policy, created or changed. */
export async function setPolicy(t: TestServer, school: School, changes: Partial<SchoolApPolicy>): Promise<SchoolApPolicy> {
  const em: EntityManager = t.owner();
  const policy = (await em.findOne(SchoolApPolicy, { school: school.id })) ?? em.create(SchoolApPolicy, { school: em.getReference(School, school.id) });
  Object.assign(policy, changes);
  await em.flush();
  return policy;
}

/** UpdateAgreementInput for a complete, part-time (TWO_DAYS) agreement starting in two weeks. */
export function agreementTerms(agreementId: string, overrides: Record<string, unknown> = {}) {
  return {
    agreementId,
    providerCommitments: ['Contact the school whenever the pupil is absent.'],
    schoolCommitments: ['Share the pupil’s SEN information.'],
    attendanceReporting: ReportingCadence.DAILY,
    reviewIntervalWeeks: 6,
    visitsPerTerm: 1,
    reportCadence: ReportCadence.TERMLY,
    timetable: TWO_DAYS,
    startDate: daysFromToday(14),
    proposedEndDate: daysFromToday(98),
    ...overrides,
  };
}

/** SignAgreementInput for a party, signed today (the parent's or carer's on paper). */
export function signatureInput(agreementId: string, party: AgreementParty, overrides: Record<string, unknown> = {}) {
  return {
    agreementId,
    party,
    signerName: 'Sam Signer',
    signerRole: 'Headteacher',
    method: party === AgreementParty.PARENT_CARER ? SignatureMethod.ON_PAPER : SignatureMethod.IN_PORTAL,
    signedOn: today(),
    ...overrides,
  };
}
