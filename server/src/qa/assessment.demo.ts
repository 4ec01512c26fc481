import type { EntityManager } from '@mikro-orm/postgresql';
import type { Provider } from '../organisations/organisation.entity.js';
import type { User } from '../people/user.entity.js';
import { QaApproval, QaApprovalStatus } from './approval.entity.js';
import { QaActionItem, QaActionItemStatus, QaAssessment, QaAssessmentStatus, QaCriterionRating, QaVisit } from './assessment.entity.js';
import type { QaDemoWorld } from './evidence.demo.js';
import { addDays, todayInEngland } from './evidence-dates.js';
import { DEFAULT_FRAMEWORKS } from './framework.defaults.js';
import { QaCriterion, QaFramework, QaFrameworkVersion, QaFrameworkVersionStatus, QaRating } from './framework.entity.js';

interface DemoAssessment {
  la: string;
  provider: string;
  completedDaysAgo: number;
  outcome: QaRating;
  summary: string;
  /** Criteria not rated GREEN (or PASS), by code. */
  exceptions?: Record<string, { rating: QaRating; comment: string }>;
  visit: { daysAgo: number; notes: string };
  actions?: { code: string; description: string; dueInDays: number; owner: string; done?: boolean }[];
  approval: { status: QaApprovalStatus; reason?: string; reviewInDays: number };
}

/**
 * Demo assessments, dated relative to today: Doncaster has approved Bridge Park School twice (history)
 * and Riverside College on conditions after an amber assessment; Dudley has approved Pathways Outdoor
 * Learning; nobody has assessed Brightside Tutoring yet.
 */
const DEMO_ASSESSMENTS: DemoAssessment[] = [
  {
    la: 'doncaster',
    provider: 'bridgepark',
    completedDaysAgo: 400,
    outcome: QaRating.GREEN,
    summary: 'A well-led registered school with strong safeguarding culture and a clear reintegration offer. Approved for KS3 and KS4 placements.',
    visit: { daysAgo: 410, notes: 'Annual QA visit. Met the head and DSL, sampled three pupil files and the single central record, observed KS4 English and art.' },
    approval: { status: QaApprovalStatus.APPROVED, reviewInDays: -35 },
  },
  {
    la: 'doncaster',
    provider: 'bridgepark',
    completedDaysAgo: 30,
    outcome: QaRating.GREEN,
    summary: 'Re-assessed after a year: every criterion still met; Team Teach training renewed for 14 staff; insurance renewed and checked.',
    visit: { daysAgo: 36, notes: 'Annual QA visit. Walked the site with the business manager, checked the fire drill log and first aid cover, spoke with four pupils about their plans.' },
    approval: { status: QaApprovalStatus.APPROVED, reviewInDays: 335 },
  },
  {
    la: 'doncaster',
    provider: 'riverside',
    completedDaysAgo: 20,
    outcome: QaRating.AMBER,
    summary:
      'Good vocational offer at the Engineering centre in Doncaster. Approved on conditions: Team Teach (or equivalent) training for the centre’s staff, and same-day absence reporting to schools.',
    exceptions: {
      BH1: {
        rating: QaRating.AMBER,
        comment: 'Behaviour policy in place, but no staff at the Engineering centre hold Team Teach or equivalent training, so pupils with a behaviour risk assessment cannot be placed there.',
      },
      AT1: {
        rating: QaRating.AMBER,
        comment: 'Attendance is recorded each session but sent to schools weekly by e-mail; Doncaster schools need absence reported the same day.',
      },
    },
    visit: { daysAgo: 24, notes: 'QA visit to the Engineering centre, Carr Hill. Observed a Level 1 engineering session; reviewed registers and the behaviour log with the centre manager.' },
    actions: [
      { code: 'BH1', description: 'Train at least two Engineering centre staff in Team Teach (or equivalent) and upload the certificates.', dueInDays: 60, owner: 'Engineering centre manager' },
      { code: 'AT1', description: 'Report every absence to the commissioning school by 10am on the day, and share the procedure with the LA.', dueInDays: 14, owner: 'Schools partnership manager' },
      { code: 'AT1', description: 'Name a deputy for absence calls when the centre manager is away.', dueInDays: 14, owner: 'Schools partnership manager', done: true },
    ],
    approval: {
      status: QaApprovalStatus.CONDITIONAL,
      reason: 'Amber on behaviour and attendance reporting: approved while the action plan is completed. Not to be used for pupils with a behaviour risk assessment until Team Teach training is in place.',
      reviewInDays: 70,
    },
  },
  {
    la: 'dudley',
    provider: 'pathways',
    completedDaysAgo: 50,
    outcome: QaRating.PASS,
    summary: 'A small, well-run outdoor provision suited to part-time placements. Meets every standard; the fire risk assessment for the barn classroom is to be uploaded.',
    visit: { daysAgo: 55, notes: 'Monitoring visit to the farm base, Saltwells Lane. Observed an animal-care session; checked the site risk assessments and the sign-in sheet.' },
    actions: [{ code: 'ISS5', description: 'Upload the fire risk assessment for the barn classroom at the farm base.', dueInDays: 30, owner: 'Sam Whitehouse, director' }],
    approval: { status: QaApprovalStatus.APPROVED, reviewInDays: 315 },
  },
];

const PUBLISHED_DAYS_AGO = 730;

/** Seeds every demo LA's framework (published version 1) and the demo assessments and approvals, inside the demo transaction. */
export function seedQaFrameworks(em: EntityManager, world: QaDemoWorld): void {
  const today = todayInEngland();
  const criteriaByLa = new Map<string, { version: QaFrameworkVersion; criteria: QaCriterion[] }>();
  for (const [key, content] of Object.entries(DEFAULT_FRAMEWORKS)) {
    const localAuthority = world.las.get(key)!;
    const framework = em.create(QaFramework, { localAuthority, name: content.name, description: content.description, createdAt: daysAgo(PUBLISHED_DAYS_AGO + 14) });
    const version = em.create(QaFrameworkVersion, {
      framework,
      localAuthority,
      number: 1,
      status: QaFrameworkVersionStatus.PUBLISHED,
      ratingScale: content.ratingScale,
      visitsPerYear: content.visitsPerYear,
      monthsBetweenVisits: content.monthsBetweenVisits,
      createdAt: daysAgo(PUBLISHED_DAYS_AGO + 14),
      publishedAt: daysAgo(PUBLISHED_DAYS_AGO),
      publishedById: officerOf(world, key).id,
    });
    const criteria = content.criteria.map((criterion, index) =>
      em.create(QaCriterion, { version, localAuthority, position: index + 1, ...criterion, evidenceTypes: [...criterion.evidenceTypes] }),
    );
    criteriaByLa.set(key, { version, criteria });
  }

  for (const demo of DEMO_ASSESSMENTS) {
    const { version, criteria } = criteriaByLa.get(demo.la)!;
    const localAuthority = world.las.get(demo.la)!;
    const provider = world.organisations.get(demo.provider) as Provider;
    const officer = officerOf(world, demo.la);
    const completedAt = daysAgo(demo.completedDaysAgo);
    const detail = { localAuthority, provider };
    const assessment = em.create(QaAssessment, {
      framework: version.framework,
      version,
      localAuthority,
      provider,
      status: QaAssessmentStatus.COMPLETED,
      outcome: demo.outcome,
      summary: demo.summary,
      startedAt: daysAgo(demo.visit.daysAgo + 7),
      startedById: officer.id,
      completedAt,
      completedById: officer.id,
      completedByName: officer.displayName,
    });
    const meets = demo.outcome === QaRating.PASS ? QaRating.PASS : QaRating.GREEN;
    for (const criterion of criteria) {
      const exception = demo.exceptions?.[criterion.code];
      em.create(QaCriterionRating, {
        ...detail,
        assessment,
        criterion,
        rating: exception?.rating ?? meets,
        comment: exception?.comment ?? 'Evidence seen and in date; confirmed on the QA visit.',
        evidenceChecked: [...criterion.evidenceTypes],
        ratedAt: completedAt,
        ratedById: officer.id,
        ratedByName: officer.displayName,
      });
    }
    em.create(QaVisit, {
      ...detail,
      assessment,
      visitDate: addDays(today, -demo.visit.daysAgo),
      visitor: `${officer.displayName}, QA officer`,
      notes: demo.visit.notes,
      recordedAt: daysAgo(demo.visit.daysAgo),
      recordedById: officer.id,
    });
    for (const action of demo.actions ?? []) {
      em.create(QaActionItem, {
        ...detail,
        assessment,
        criterion: criteria.find((criterion) => criterion.code === action.code)!,
        description: action.description,
        dueDate: addDays(today, action.dueInDays),
        owner: action.owner,
        status: action.done ? QaActionItemStatus.DONE : QaActionItemStatus.OPEN,
        createdAt: completedAt,
        createdById: officer.id,
        doneAt: action.done ? daysAgo(3) : null,
      });
    }
    em.create(QaApproval, {
      framework: version.framework,
      localAuthority,
      provider,
      assessment,
      status: demo.approval.status,
      effectiveFrom: addDays(today, -demo.completedDaysAgo + 1),
      reviewDate: addDays(today, demo.approval.reviewInDays),
      reason: demo.approval.reason ?? null,
      decidedById: officer.id,
      decidedByName: officer.displayName,
      decidedAt: daysAgo(demo.completedDaysAgo - 1),
    });
  }
}

function officerOf(world: QaDemoWorld, laKey: string): User {
  return world.users.get(`qa@${world.domains.get(laKey)}`)!;
}

function daysAgo(days: number): Date {
  return new Date(Date.now() - days * 86_400_000);
}
