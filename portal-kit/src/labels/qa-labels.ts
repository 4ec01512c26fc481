import type { TagColour } from '../components/Tag';
import type {
  EvidenceCategory,
  EvidenceStatus,
  KeyStage,
  OfstedGrade,
  ProvisionFocus,
  QaActionItemStatus,
  QaApprovalStatus,
  QaAssessmentStatus,
  QaFrameworkVersionStatus,
  QaRating,
  QaRatingScale,
} from '../gql/graphql';

interface Labelled {
  label: string;
  colour: TagColour;
}

/** Tags say the status in words; the colour only supports it. */
export const evidenceStatuses: Record<EvidenceStatus, Labelled & { hint: string }> = {
  CURRENT: { label: 'Current', colour: 'green', hint: 'In date' },
  EXPIRING: { label: 'Expiring', colour: 'yellow', hint: 'Expires or is due for review soon' },
  EXPIRED: { label: 'Expired', colour: 'red', hint: 'The expiry or review date has passed' },
  MISSING: { label: 'Missing', colour: 'grey', hint: 'Nothing has been provided yet' },
};

export const approvalStatuses: Record<QaApprovalStatus, Labelled & { hint: string }> = {
  APPROVED: { label: 'Approved', colour: 'green', hint: 'Commissioners may use the provider.' },
  CONDITIONAL: {
    label: 'Conditional',
    colour: 'yellow',
    hint: 'Approved on conditions, usually an action plan to complete by a review date.',
  },
  SUSPENDED: { label: 'Suspended', colour: 'orange', hint: 'Not to be used for now, for example while a concern is looked into.' },
  REMOVED: { label: 'Removed', colour: 'red', hint: 'No longer on the framework.' },
};

export const ratings: Record<QaRating, Labelled> = {
  GREEN: { label: 'Green', colour: 'green' },
  AMBER: { label: 'Amber', colour: 'yellow' },
  RED: { label: 'Red', colour: 'red' },
  PASS: { label: 'Pass', colour: 'green' },
  FAIL: { label: 'Fail', colour: 'red' },
};

/** What each rating means, for the radios an assessor chooses from. */
export const ratingHints: Record<QaRating, string> = {
  GREEN: 'Meets the criterion.',
  AMBER: 'Partly meets it. Needs an action in the plan.',
  RED: 'Does not meet it. Needs an action in the plan.',
  PASS: 'Meets the criterion.',
  FAIL: 'Does not meet it. Needs an action in the plan.',
};

/** What each overall outcome means for approval. */
export const outcomeHints: Record<QaRating, string> = {
  GREEN: 'Meets the framework. The provider can be approved.',
  AMBER: 'Partly meets it. The provider can be approved on conditions, with the action plan.',
  RED: 'Does not meet it. The provider cannot be approved.',
  PASS: 'Meets the framework. The provider can be approved.',
  FAIL: 'Does not meet it. The provider cannot be approved.',
};

export const ratingScales: Record<QaRatingScale, { label: string; ratings: readonly QaRating[] }> = {
  RAG: { label: 'Red, amber or green', ratings: ['GREEN', 'AMBER', 'RED'] },
  PASS_FAIL: { label: 'Pass or fail', ratings: ['PASS', 'FAIL'] },
};

/** Ratings that need an item in the action plan before the assessment can be completed. */
export function needsAction(rating: QaRating): boolean {
  return rating === 'AMBER' || rating === 'RED' || rating === 'FAIL';
}

export const assessmentStatuses: Record<QaAssessmentStatus, Labelled> = {
  IN_PROGRESS: { label: 'In progress', colour: 'blue' },
  COMPLETED: { label: 'Completed', colour: 'grey' },
};

export const actionItemStatuses: Record<QaActionItemStatus, Labelled> = {
  OPEN: { label: 'Open', colour: 'blue' },
  DONE: { label: 'Done', colour: 'green' },
};

export const frameworkVersionStatuses: Record<QaFrameworkVersionStatus, Labelled> = {
  DRAFT: { label: 'Draft', colour: 'grey' },
  PUBLISHED: { label: 'Published', colour: 'green' },
};

export const ofstedGradeLabels: Record<OfstedGrade, string> = {
  OUTSTANDING: 'Outstanding',
  GOOD: 'Good',
  REQUIRES_IMPROVEMENT: 'Requires improvement',
  INADEQUATE: 'Inadequate',
  NOT_YET_INSPECTED: 'Not yet inspected',
};

export const keyStageLabels: Record<KeyStage, string> = {
  KS1: 'Key stage 1',
  KS2: 'Key stage 2',
  KS3: 'Key stage 3',
  KS4: 'Key stage 4',
  KS5: 'Key stage 5 (post-16)',
};

export const focusLabels: Record<ProvisionFocus, string> = {
  ACADEMIC: 'Academic',
  THERAPEUTIC: 'Therapeutic',
  VOCATIONAL: 'Vocational',
  OUTDOOR: 'Outdoor learning',
};

export const focusHints: Record<ProvisionFocus, string> = {
  ACADEMIC: 'Curriculum subjects and qualifications.',
  THERAPEUTIC: 'Emotional wellbeing, mental health and engagement.',
  VOCATIONAL: 'Work skills and vocational qualifications.',
  OUTDOOR: 'Farm, forest, land-based or adventure activities.',
};

export const evidenceCategoryLabels: Record<EvidenceCategory, string> = {
  INSURANCE: 'Insurance',
  ORGANISATION: 'Organisation',
  SAFEGUARDING: 'Safeguarding',
  BEHAVIOUR: 'Behaviour',
  HEALTH_AND_SAFETY: 'Health and safety',
  POLICIES: 'Policies and procedures',
  CURRICULUM: 'Curriculum',
};

/** Enum values in the order forms and tables list them. */
export const keyStages = Object.keys(keyStageLabels) as KeyStage[];
export const provisionFocuses = Object.keys(focusLabels) as ProvisionFocus[];
export const ofstedGrades = Object.keys(ofstedGradeLabels) as OfstedGrade[];
export const approvalStatusValues = Object.keys(approvalStatuses) as QaApprovalStatus[];
export const evidenceStatusValues = Object.keys(evidenceStatuses) as EvidenceStatus[];

/** "2 visits a year", "1 visit a year" or "A visit every 18 months". */
export function describeVisitFrequency(version: { visitsPerYear?: number | null; monthsBetweenVisits?: number | null }): string {
  if (version.visitsPerYear != null) {
    return `${version.visitsPerYear} ${version.visitsPerYear === 1 ? 'visit' : 'visits'} a year`;
  }
  if (version.monthsBetweenVisits != null) {
    return version.monthsBetweenVisits === 1 ? 'A visit every month' : `A visit every ${version.monthsBetweenVisits} months`;
  }
  return 'Not set';
}

/** Counts of each evidence status, e.g. for "3 current, 1 expired, 2 missing". */
export function countEvidenceStatuses(items: readonly { status: EvidenceStatus }[]): Record<EvidenceStatus, number> {
  const counts: Record<EvidenceStatus, number> = { CURRENT: 0, EXPIRING: 0, EXPIRED: 0, MISSING: 0 };
  for (const item of items) counts[item.status] += 1;
  return counts;
}

/** "20 current, 1 expiring, 2 missing": the statuses present, in status order. */
export function describeEvidenceCounts(counts: Record<EvidenceStatus, number>): string {
  const parts = evidenceStatusValues
    .filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${evidenceStatuses[status].label.toLowerCase()}`);
  return parts.length > 0 ? parts.join(', ') : 'No evidence';
}
