import type { EntityManager } from '@mikro-orm/postgresql';
import type { Organisation, Provider, School } from '../organisations/organisation.entity.js';
import { ProviderSite } from '../organisations/provider-site.entity.js';
import { Membership } from '../people/membership.entity.js';
import { Role } from '../people/role.js';
import type { User } from '../people/user.entity.js';
import { SchoolApPolicy } from '../policies/school-policy.entity.js';
import { Pupil } from '../pupils/pupil.entity.js';
import { addDays, todayInEngland } from '../qa/evidence-dates.js';
import { AgreementParty, AgreementSignature, CostBasis, PlacementAgreement, SessionOfDay, SignatureMethod, type TimetableSession, Weekday } from './agreement.entity.js';
import { PlanObjective } from './objective.entity.js';
import { LegalBasis, PersonalisedPlan, Placement, PlacementReason, PlacementStatus } from './placement.entity.js';
import { snapshotOf } from './plan-snapshot.js';
import { ProgressReport } from './progress-report.entity.js';
import { sharedSummaryOf } from './pupil-summary.js';
import { PlacementReview, ReviewOutcome } from './review.entity.js';
import { hoursOf } from './timetable.js';
import { PlacementVisit } from './visit.entity.js';

const { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY } = Weekday;
const { SCHOOL, PROVIDER, PARENT_CARER } = AgreementParty;

/** Morning 09:00-12:00 and afternoon 13:00-15:00 on each day: 5 hours a day. */
function days(...weekdays: Weekday[]): TimetableSession[] {
  return weekdays.flatMap((weekday) => [
    { weekday, session: SessionOfDay.AM, startTime: '09:00', endTime: '12:00' },
    { weekday, session: SessionOfDay.PM, startTime: '13:00', endTime: '15:00' },
  ]);
}

interface DemoObjective {
  description: string;
  baseline: string;
  target: string;
  measure: string;
  timeframe: string;
}

interface DemoMonitoring {
  review?: { daysAgo: number; summary: string; progress: string[]; pupilViews: string; parentViews: string };
  visit?: { daysAgo: number; attendancePercent: number; behaviour: string; progress: string; actionsForSchool: string; actionsForProvision: string; pupilViews: string };
  report?: { daysAgo: number; attendancePercent: number; attendanceCommentary: string; punctuality: string; attitude: string; skills: string; targets: string };
}

interface DemoPlacement {
  school: string;
  /** The pupil's legal forename (unique within each demo school). */
  pupil: string;
  provider: string;
  sites: string[];
  status: PlacementStatus;
  legalBasis: LegalBasis;
  reason: string;
  timetable: TimetableSession[];
  /** Start relative to today (negative: already started). */
  startInDays: number;
  weeks: number;
  homeSchoolHoursPerWeek?: number;
  dualRegistered?: boolean;
  sendCaseworkerNotified?: boolean;
  /** Off-site direction: written notice to the parent this many days before the start. */
  parentNoticeDaysBefore?: number;
  graduatedResponse: string;
  parentInvolvement: string;
  pupilViews: string;
  needsSummary: string;
  plan: Partial<PersonalisedPlan>;
  objectives: DemoObjective[];
  signed: AgreementParty[];
  cost: [pence: number, basis: CostBasis];
  monitoring?: DemoMonitoring;
}

/**
 * Two or three placements per demo school at realistic stages, within each school's seed policy:
 * Oakfield's full-time pupil at a registered school and part-time at Pathways; Levett at Bridge Park,
 * approved on the DMBC framework; Dormston part-time plus home-school hours for full-time in total,
 * with baselines; ALP Leicester's pupil with a behaviour risk assessment at Pathways (Team Teach);
 * Northfield a draft referral and a sent off-site direction awaiting signatures.
 */
const DEMO_PLACEMENTS: DemoPlacement[] = [
  {
    school: 'oakfield',
    pupil: 'Kai',
    provider: 'pathways',
    sites: ['Farm base'],
    status: PlacementStatus.ACTIVE,
    legalBasis: LegalBasis.OTHER_SCHOOL_ARRANGED,
    reason: 'behavioural-support',
    timetable: days(TUESDAY, THURSDAY),
    startInDays: -45,
    weeks: 12,
    homeSchoolHoursPerWeek: 15,
    graduatedResponse: 'Pastoral support plan since September, weekly mentoring with the learning mentor, two internal exclusions this term; report card targets met on fewer than half of days.',
    parentInvolvement: 'Met Mrs Brennan and Kai with the AP lead on 6 October; both chose the farm placement and Mrs Brennan signed the responsibilities contract.',
    pupilViews: 'Kai says he "does better doing things with his hands" and wants to work with animals.',
    needsSummary: 'Finds large groups and unstructured times hard; can leave a room when overwhelmed – give him a named adult and a calm space. Open to a social worker: report any absence the same morning.',
    plan: {
      rationale: 'Two days a week of practical land-based learning to rebuild engagement while Kai stays in school for English, maths and science.',
      assessmentArrangements: 'Weekly attendance from Pathways, termly report, half-termly review with Kai and his mother.',
      reintegrationRoute: 'Return to a full timetable at Oakfield from the summer term, keeping one day at the farm if it helps.',
      readinessCriteria: 'Attendance above 90% at both settings for six weeks; no internal exclusions for a half term.',
    },
    objectives: [
      { description: 'Attend every timetabled session at both settings', baseline: '71% attendance in the autumn half term', target: '90% or better', measure: 'Session registers from Pathways and Oakfield', timeframe: 'By February half term' },
      { description: 'Complete the Level 1 Award in Land-based Studies (animal care unit)', baseline: 'No units started', target: 'Animal care unit signed off', measure: 'Assessor sign-off in the unit logbook', timeframe: 'By Easter' },
    ],
    signed: [SCHOOL, PROVIDER, PARENT_CARER],
    cost: [6500, CostBasis.PER_DAY],
    monitoring: {
      visit: {
        daysAgo: 20,
        attendancePercent: 88,
        behaviour: 'Calm and settled with the livestock team; one walk-out after a disagreement at lunch, returned within ten minutes.',
        progress: 'Has completed feeding and mucking-out routines independently.',
        actionsForSchool: 'Share Kai’s updated pastoral support plan with Pathways.',
        actionsForProvision: 'Record lunchtime incidents on the weekly attendance return.',
        pupilViews: 'Likes the early start and looking after the goats.',
      },
      review: {
        daysAgo: 4,
        summary: 'Attendance improving; agreed to keep two days and add a reading target at school.',
        progress: ['Attendance up to 88% across both settings.', 'Three of five animal care tasks signed off.'],
        pupilViews: 'Kai wants to stay at the farm on Thursdays next term.',
        parentViews: 'Mrs Brennan says he is less anxious on farm days and sleeps better.',
      },
    },
  },
  {
    school: 'oakfield',
    pupil: 'Tyler',
    provider: 'bridgepark',
    sites: ['Main site'],
    status: PlacementStatus.ACTIVE,
    legalBasis: LegalBasis.OTHER_SCHOOL_ARRANGED,
    reason: 'behavioural-support',
    timetable: days(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY),
    startInDays: -70,
    weeks: 26,
    dualRegistered: true,
    graduatedResponse: 'Managed move considered and declined; personal education plan targets reviewed with the virtual school; in-school unit for six weeks without improvement.',
    parentInvolvement: 'Agreed at the PEP meeting with Ty’s foster carer, his social worker and the virtual school head.',
    pupilViews: 'Ty wants a smaller school where staff "don’t shout" and to sit his GCSEs.',
    needsSummary: 'Looked after; PEP targets on literacy. Trusts few adults – keep his key worker consistent. Contact the social worker as well as the foster carer about any absence.',
    plan: {
      rationale: 'Full-time registered provision with small classes to keep Ty on his GCSE pathway in Year 11.',
      assessmentArrangements: 'Half-termly data drop against GCSE targets; PEP review each term.',
      reintegrationRoute: 'Sixth-form college or post-16 training place, with a transition plan from May.',
      readinessCriteria: 'College interview attended; attendance above 92%.',
      linksToPep: true,
      linkedPlanNotes: 'PEP targets 2 and 3 (English and attendance) are the plan’s objectives.',
    },
    objectives: [
      { description: 'Sit GCSE English language and maths', baseline: 'Working at grade 3 in both (October data)', target: 'Grade 4 in both', measure: 'Mock results in January and March', timeframe: 'By the summer exams' },
      { description: 'Secure a post-16 place', baseline: 'No applications made', target: 'An offer of a college or training place', measure: 'Application and offer letters', timeframe: 'By the end of April' },
    ],
    signed: [SCHOOL, PROVIDER, PARENT_CARER],
    cost: [210000, CostBasis.PER_TERM],
    monitoring: {
      visit: {
        daysAgo: 12,
        attendancePercent: 94,
        behaviour: 'Settled in his tutor group; no incidents since half term.',
        progress: 'On track for grade 4 in maths; English coursework behind by two pieces.',
        actionsForSchool: 'Send the exam board entry details to Bridge Park.',
        actionsForProvision: 'Extra English sessions on Wednesday afternoons.',
        pupilViews: 'Feels listened to; would like more practical science.',
      },
      report: {
        daysAgo: 9,
        attendancePercent: 94,
        attendanceCommentary: 'Two days missed for a contact visit arranged by his social worker (authorised).',
        punctuality: 'On time every day; uses the school minibus.',
        attitude: 'Positive; asks for help in English.',
        skills: 'GCSE maths: algebra and ratio; English language paper 1 reading questions; PSHE on healthy relationships.',
        targets: 'Complete two English coursework pieces; attend a college open evening.',
      },
    },
  },
  {
    school: 'levett',
    pupil: 'Connor',
    provider: 'bridgepark',
    sites: ['Main site'],
    status: PlacementStatus.ACTIVE,
    legalBasis: LegalBasis.S100_SUSPENSION,
    reason: 'behavioural-support',
    timetable: days(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY),
    startInDays: -30,
    weeks: 12,
    dualRegistered: true,
    graduatedResponse: 'SEN support plan with speech and language input; three fixed-term suspensions this year; respite days at the Doncaster behaviour outreach service.',
    parentInvolvement: 'Mrs Fletcher attended the reintegration meeting and agreed the Bridge Park placement as an alternative to a further suspension.',
    pupilViews: 'Connor says he wants "a fresh start" and to do construction.',
    needsSummary: 'SEN support for speech, language and communication: give instructions one at a time and check understanding. Has a behaviour risk assessment (copy sent separately); open to a social worker.',
    plan: {
      rationale: 'A time-limited full-time placement at a registered school approved on the DMBC QA Framework to break the cycle of suspensions.',
      assessmentArrangements: 'Daily attendance on CPOMS; termly report; review at six weeks.',
      reintegrationRoute: 'Phased return to The Levett School over two weeks, starting with mornings.',
      readinessCriteria: 'Six weeks without a serious incident; positive report from Bridge Park key worker.',
    },
    objectives: [
      { description: 'Manage conflict without physical aggression', baseline: 'Four serious incidents in the autumn half term', target: 'No serious incidents for six weeks', measure: 'Incident log shared weekly', timeframe: 'By the six-week review' },
    ],
    signed: [SCHOOL, PROVIDER, PARENT_CARER],
    cost: [9500, CostBasis.PER_DAY],
    monitoring: {
      visit: {
        daysAgo: 7,
        attendancePercent: 100,
        behaviour: 'No incidents; uses the time-out card appropriately.',
        progress: 'Engaged in the construction taster; working on functional skills maths.',
        actionsForSchool: 'Book the six-week review with Mrs Fletcher.',
        actionsForProvision: 'Send the incident log weekly to the DSL.',
        pupilViews: 'Says it is "better than he expected".',
      },
    },
  },
  {
    school: 'levett',
    pupil: 'Maisie',
    provider: 'bridgepark',
    sites: ['Main site'],
    status: PlacementStatus.AGREED,
    legalBasis: LegalBasis.OTHER_SCHOOL_ARRANGED,
    reason: 'medical-mental-health',
    timetable: days(MONDAY, WEDNESDAY, FRIDAY),
    startInDays: 7,
    weeks: 12,
    homeSchoolHoursPerWeek: 10,
    graduatedResponse: 'CAMHS referral accepted; reduced timetable with the school counsellor for four weeks.',
    parentInvolvement: 'Agreed with Maisie’s foster carer and social worker at the looked-after review.',
    pupilViews: 'Maisie would like a quieter place to learn for part of the week.',
    needsSummary: 'Looked after. Anxiety: may need to leave lessons; agree a signal with her key worker.',
    plan: {
      rationale: 'Three days a week in a small setting while CAMHS support begins.',
      reintegrationRoute: 'Back to full time at The Levett School when CAMHS advise.',
      linksToPep: true,
    },
    objectives: [{ description: 'Attend all timetabled days', baseline: '58% attendance this term', target: '85% or better', measure: 'Daily registers', timeframe: 'By Easter' }],
    signed: [SCHOOL, PROVIDER, PARENT_CARER],
    cost: [9500, CostBasis.PER_DAY],
  },
  {
    school: 'dormston',
    pupil: 'Ryan',
    provider: 'pathways',
    sites: ['Farm base'],
    status: PlacementStatus.ACTIVE,
    legalBasis: LegalBasis.OTHER_SCHOOL_ARRANGED,
    reason: 'behavioural-support',
    timetable: days(MONDAY, WEDNESDAY, FRIDAY),
    startInDays: -50,
    weeks: 14,
    homeSchoolHoursPerWeek: 10,
    graduatedResponse: 'Assess, plan, do, review cycle with the SENCo since Year 9; mentoring; anger management group.',
    parentInvolvement: 'Mrs Bayliss chose between Pathways and the school’s own unit at a meeting with the head of year.',
    pupilViews: 'Ryan wants to "be outside" and says school days feel too long.',
    needsSummary: 'Has a behaviour risk assessment; responds well to clear routines and praise. Open to a social worker.',
    plan: {
      rationale: 'Practical learning three days a week with Tuesdays and Thursdays at Dormston, so he has full-time education in total.',
      assessmentArrangements: 'Weekly attendance; termly report; reviews every six weeks; final report to governors.',
      reintegrationRoute: 'Return to Dormston full time for Year 11.',
      readinessCriteria: 'Attendance above 90% at both settings; no exclusions for a term.',
    },
    objectives: [
      { description: 'Attend full time across both settings', baseline: '76% attendance last term', target: '92%', measure: 'Pathways and Dormston registers combined', timeframe: 'By the end of the spring term' },
      { description: 'Improve reading age', baseline: 'Reading age 10 years 4 months (September)', target: 'Reading age 11 years 6 months', measure: 'Standardised reading test', timeframe: 'By the summer term' },
    ],
    signed: [SCHOOL, PROVIDER, PARENT_CARER],
    cost: [6500, CostBasis.PER_DAY],
    monitoring: {
      review: {
        daysAgo: 8,
        summary: 'Continue as agreed; attendance at Pathways better than at school on Tuesdays.',
        progress: ['92% at Pathways, 81% at Dormston.', 'Reading intervention started at school.'],
        pupilViews: 'Ryan says Tuesdays are hard because of the bus.',
        parentViews: 'Mrs Bayliss asked for a lift-share to the farm.',
      },
      report: {
        daysAgo: 3,
        attendancePercent: 92,
        attendanceCommentary: 'Two sessions missed for a medical appointment.',
        punctuality: 'Arrives on time with the minibus.',
        attitude: 'Enthusiastic with animals; needs reminders during written tasks.',
        skills: 'Animal husbandry, fencing, health and safety on the farm; functional skills English.',
        targets: 'Keep a daily log for the Level 1 unit.',
      },
    },
  },
  {
    school: 'dormston',
    pupil: 'Chloe',
    provider: 'pathways',
    sites: ['Farm base'],
    status: PlacementStatus.PROPOSED,
    legalBasis: LegalBasis.OTHER_SCHOOL_ARRANGED,
    reason: 'named-in-ehc-plan',
    timetable: days(TUESDAY, THURSDAY),
    startInDays: 21,
    weeks: 12,
    homeSchoolHoursPerWeek: 15,
    sendCaseworkerNotified: true,
    graduatedResponse: 'EHC plan provision delivered in school; annual review recommended a vocational element.',
    parentInvolvement: 'Mr Guest attended the annual review and asked for Pathways.',
    pupilViews: 'Chloe wants to work with horses.',
    needsSummary: 'EHC plan for moderate learning difficulties: use visual timetables and short tasks.',
    plan: {
      rationale: 'Vocational learning two days a week as recommended at the annual review.',
      linksToEhcPlan: true,
      linkedPlanNotes: 'Section F provision: vocational and life-skills learning.',
    },
    objectives: [{ description: 'Build independence travelling to the placement', baseline: 'Travels only with a parent', target: 'Travels on the minibus with a peer', measure: 'Key worker log', timeframe: 'By half term' }],
    signed: [SCHOOL],
    cost: [6500, CostBasis.PER_DAY],
  },
  {
    school: 'alp',
    pupil: 'Marcus',
    provider: 'pathways',
    sites: ['Charnwood woodland centre'],
    status: PlacementStatus.ACTIVE,
    legalBasis: LegalBasis.OTHER_SCHOOL_ARRANGED,
    reason: 'behavioural-support',
    timetable: days(MONDAY, THURSDAY),
    startInDays: -35,
    weeks: 12,
    homeSchoolHoursPerWeek: 15,
    graduatedResponse: 'Behaviour risk assessment reviewed in October; key worker and small-group teaching at ALP.',
    parentInvolvement: 'Ms Reid agreed at a meeting with the pastoral team.',
    pupilViews: 'Marcus wants to learn bushcraft and be trusted with tools.',
    needsSummary: 'Has a behaviour risk assessment (Team Teach-trained staff only). SEN support; open to a social worker.',
    plan: {
      rationale: 'Outdoor learning two days a week with Team Teach-trained staff, as ALP Leicester’s policy requires for pupils with a behaviour risk assessment.',
      assessmentArrangements: 'Daily attendance; pastoral visits twice a term; termly review.',
      reintegrationRoute: 'Full timetable at ALP with one enrichment afternoon.',
    },
    objectives: [{ description: 'Follow safety rules with tools and fire', baseline: 'Needs one-to-one supervision', target: 'Works safely in a group of four', measure: 'Instructor checklist', timeframe: 'By the end of term' }],
    signed: [SCHOOL, PROVIDER, PARENT_CARER],
    cost: [7000, CostBasis.PER_DAY],
    monitoring: {
      visit: {
        daysAgo: 14,
        attendancePercent: 90,
        behaviour: 'Followed the tool-talk rules; one de-escalation by staff, no physical intervention.',
        progress: 'Built a shelter with his group.',
        actionsForSchool: 'Second pastoral visit before the end of term.',
        actionsForProvision: 'Share the instructor checklist monthly.',
        pupilViews: 'Proud of his shelter.',
      },
    },
  },
  {
    school: 'northfield',
    pupil: 'Jayden',
    provider: 'riverside',
    sites: ['Engineering centre'],
    status: PlacementStatus.DRAFT,
    legalBasis: LegalBasis.OTHER_SCHOOL_ARRANGED,
    reason: 'behavioural-support',
    timetable: days(WEDNESDAY),
    startInDays: 28,
    weeks: 12,
    graduatedResponse: 'Mentoring and a reduced timetable; engineering taster day went well.',
    parentInvolvement: 'Phone call with Mrs Price; meeting booked.',
    pupilViews: '',
    needsSummary: '',
    plan: { rationale: 'A day a week of engineering to motivate Jayden in Year 9.' },
    objectives: [],
    signed: [],
    cost: [8000, CostBasis.PER_DAY],
  },
  {
    school: 'northfield',
    pupil: 'Harvey',
    provider: 'bridgepark',
    sites: ['Main site'],
    status: PlacementStatus.PROPOSED,
    legalBasis: LegalBasis.S29A_OFF_SITE_DIRECTION,
    reason: 'behavioural-support',
    timetable: days(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY),
    startInDays: 10,
    weeks: 8,
    dualRegistered: true,
    parentNoticeDaysBefore: 12,
    graduatedResponse: 'Two suspensions; YOT worker involved; restorative meetings; governors directed off-site provision to improve behaviour.',
    parentInvolvement: 'Written notice given to Mr Lund; he attended the governors’ meeting.',
    pupilViews: 'Harvey accepts the direction but wants to come back for his Year 11 options.',
    needsSummary: 'Works with the youth offending team. No known medical needs.',
    plan: {
      rationale: 'A time-limited off-site direction to improve behaviour, with a planned return.',
      assessmentArrangements: 'Daily attendance; reviews every four weeks (the policy’s 6-8 weekly at most).',
      reintegrationRoute: 'Return to Northfield after eight weeks with a reintegration meeting.',
      readinessCriteria: 'No serious incidents in the last four weeks of the direction.',
    },
    objectives: [{ description: 'Repair relationships with staff', baseline: 'Refuses to speak to two members of staff', target: 'Takes part in a restorative meeting with each', measure: 'Pastoral log', timeframe: 'Within eight weeks' }],
    signed: [SCHOOL],
    cost: [9500, CostBasis.PER_DAY],
  },
];

interface Cast {
  schoolLead: User;
  head: User;
  manager: User;
}

/** Demo placements at every stage for the demo schools, written as the owner inside the demo transaction. */
export async function seedDemoPlacements(tx: EntityManager, demo: { organisations: Map<string, Organisation>; users: Map<string, User> }): Promise<void> {
  const today = todayInEngland();
  for (const spec of DEMO_PLACEMENTS) {
    const school = demo.organisations.get(spec.school) as School;
    const provider = demo.organisations.get(spec.provider) as Provider;
    const cast = {
      schoolLead: await memberWith(tx, school, Role.AP_LEAD),
      head: await memberWith(tx, school, Role.HEADTEACHER),
      manager: await memberWith(tx, provider, Role.PROVIDER_MANAGER),
    };
    await seedPlacement(tx, spec, school, provider, cast, today);
  }
}

async function memberWith(tx: EntityManager, organisation: Organisation, role: Role): Promise<User> {
  const memberships = await tx.find(Membership, { organisation }, { populate: ['user'], orderBy: { createdAt: 'asc' } });
  return memberships.find((m) => m.roles.includes(role))!.user.getEntity();
}

async function seedPlacement(tx: EntityManager, spec: DemoPlacement, school: School, provider: Provider, cast: Cast, today: string): Promise<void> {
  const pupil = await tx.findOneOrFail(Pupil, { school, legalForename: spec.pupil });
  const policy = await tx.findOneOrFail(SchoolApPolicy, { school });
  const startDate = addDays(today, spec.startInDays);
  const sent = spec.status !== PlacementStatus.DRAFT;
  const agreed = spec.signed.length === Object.values(AgreementParty).length;
  const proposedAt = new Date(`${addDays(startDate, -21)}T10:00:00Z`);
  const placement = tx.create(Placement, {
    pupil,
    school,
    localAuthority: school.localAuthority,
    provider,
    status: spec.status,
    reason: tx.getReference(PlacementReason, spec.reason),
    legalBasis: spec.legalBasis,
    graduatedResponse: spec.graduatedResponse,
    parentInvolvement: spec.parentInvolvement,
    pupilViews: spec.pupilViews || null,
    parentNoticeGivenOn: spec.parentNoticeDaysBefore ? addDays(startDate, -spec.parentNoticeDaysBefore) : null,
    sendCaseworkerNotifiedOn: spec.sendCaseworkerNotified ? addDays(startDate, -28) : null,
    dualRegistered: spec.dualRegistered ?? false,
    homeSchoolHoursPerWeek: spec.homeSchoolHoursPerWeek ?? 0,
    fullTimeMedicallyInappropriate: false,
    plan: Object.assign(new PersonalisedPlan(), spec.plan),
    shared: sent ? sharedSummaryOf(pupil, { needsSummary: spec.needsSummary, shareMedicalNeeds: true, shareEmergencyContact: true }) : null,
    proposedAt: sent ? proposedAt : null,
    laNotifiedAt: sent ? proposedAt : null,
    agreedAt: agreed ? new Date(`${addDays(startDate, -10)}T15:30:00Z`) : null,
    startedOn: spec.status === PlacementStatus.ACTIVE ? startDate : null,
    createdById: cast.schoolLead.id,
    createdAt: new Date(proposedAt.getTime() - 7 * 86_400_000),
  });
  placement.sites.set(await tx.find(ProviderSite, { provider, name: { $in: spec.sites } }));
  const objectives = spec.objectives.map((objective, index) => tx.create(PlanObjective, { placement, position: index + 1, ...objective }));
  const agreement = tx.create(PlacementAgreement, {
    placement,
    version: 1,
    providerCommitments: [...policy.providerCommitments],
    schoolCommitments: [...policy.schoolCommitments],
    attendanceReporting: policy.attendanceReporting,
    reviewIntervalWeeks: policy.reviewIntervalWeeks,
    visitsPerTerm: policy.visitsPerTerm,
    reportCadence: policy.reportCadence,
    timetable: spec.timetable,
    hoursPerWeek: hoursOf(spec.timetable),
    startDate,
    proposedEndDate: addDays(startDate, spec.weeks * 7),
    costPence: spec.cost[0],
    costBasis: spec.cost[1],
    planSnapshot: sent ? snapshotOf(placement.plan, objectives) : null,
    createdById: cast.schoolLead.id,
  });
  for (const party of spec.signed) signatureOf(tx, agreement, party, cast, addDays(startDate, -12));
  if (spec.monitoring) seedMonitoring(tx, agreement, objectives, spec.monitoring, cast, today);
}

function signatureOf(tx: EntityManager, agreement: PlacementAgreement, party: AgreementParty, cast: Cast, signedOn: string): void {
  const byProvider = party === AgreementParty.PROVIDER;
  const recorder = byProvider ? cast.manager : cast.schoolLead;
  const signer = { SCHOOL: [cast.head.displayName, 'Headteacher'], PROVIDER: [cast.manager.displayName, 'Manager'], PARENT_CARER: ['Parent or carer', 'Parent or carer'] }[party];
  tx.create(AgreementSignature, {
    agreement,
    party,
    signerName: signer[0],
    signerRole: signer[1],
    method: party === AgreementParty.PARENT_CARER ? SignatureMethod.ON_PAPER : SignatureMethod.IN_PORTAL,
    signedOn,
    recordedById: recorder.id,
    recordedByName: recorder.displayName,
  });
}

function seedMonitoring(tx: EntityManager, agreement: PlacementAgreement, objectives: PlanObjective[], monitoring: DemoMonitoring, cast: Cast, today: string): void {
  const placement = agreement.placement.getEntity();
  const { review, visit, report } = monitoring;
  if (visit) {
    tx.create(PlacementVisit, {
      placement,
      visitedAt: new Date(`${addDays(today, -visit.daysAgo)}T10:30:00Z`),
      staffMember: cast.schoolLead.displayName,
      attendancePercent: visit.attendancePercent,
      safeguardingConcerns: false,
      behaviourWelfareNotes: visit.behaviour,
      progress: visit.progress,
      actionsForSchool: visit.actionsForSchool,
      actionsForProvision: visit.actionsForProvision,
      parentContact: true,
      pupilViews: visit.pupilViews,
      recordedById: cast.schoolLead.id,
    });
  }
  if (review) {
    tx.create(PlacementReview, {
      placement,
      heldOn: addDays(today, -review.daysAgo),
      attendees: [`${cast.schoolLead.displayName} (AP lead, school)`, `${cast.manager.displayName} (provider)`, 'Parent or carer', 'The pupil'],
      objectiveProgress: objectives.map((objective, index) => ({ objectiveId: objective.id, objective: objective.description, progress: review.progress[index] ?? 'Discussed; no change yet.' })),
      outcome: ReviewOutcome.CONTINUE,
      summary: review.summary,
      pupilViews: review.pupilViews,
      parentViews: review.parentViews,
      nextReviewOn: addDays(today, 42 - review.daysAgo),
      recordedById: cast.schoolLead.id,
      recordedByName: cast.schoolLead.displayName,
    });
  }
  if (report) {
    tx.create(ProgressReport, {
      placement,
      kind: agreement.reportCadence,
      periodStart: placement.startedOn!,
      periodEnd: addDays(today, -report.daysAgo),
      staffName: cast.manager.displayName,
      attendancePercent: report.attendancePercent,
      attendanceCommentary: report.attendanceCommentary,
      punctuality: report.punctuality,
      attitudeToLearning: report.attitude,
      skillsCovered: report.skills,
      targetsNextTerm: report.targets,
      writtenById: cast.manager.id,
    });
  }
}
