import type { TaskStatus } from '../components/TaskList';
import type { AgreementParty, LegalBasis, PlacementStatus } from '../gql/graphql';

/** What the referral's task list is worked out from: a placement as PlacementRecordDocument reads it. */
export interface ReferralFacts {
  status: PlacementStatus;
  legalBasis: LegalBasis;
  graduatedResponse?: string | null;
  parentInvolvement?: string | null;
  pupilViews?: string | null;
  sites: readonly unknown[];
  plan: {
    rationale?: string | null;
    assessmentArrangements?: string | null;
    reintegrationRoute?: string | null;
    readinessCriteria?: string | null;
  };
  objectives: readonly unknown[];
  currentAgreement: {
    timetable: readonly unknown[];
    startDate?: string | null;
    proposedEndDate?: string | null;
    isFullySigned: boolean;
    signatures: readonly { party: AgreementParty }[];
  };
}

type ReferralTask = 'referral' | 'providerAndSites' | 'plan' | 'agreement' | 'send' | 'signatures';

const filled = (text: string | null | undefined) => Boolean(text?.trim());

function progress(done: number, of: number): TaskStatus {
  if (done === 0) return 'NOT_STARTED';
  return done === of ? 'COMPLETED' : 'IN_PROGRESS';
}

/**
 * How far each task of a referral has got. Sending needs what the API checks before sending (sites,
 * a timetable, a start date, and an end date for an off-site direction); signing needs it sent.
 */
export function referralTaskStatuses(placement: ReferralFacts): Record<ReferralTask, TaskStatus> {
  const background = [placement.graduatedResponse, placement.parentInvolvement, placement.pupilViews].filter(filled).length;
  const plan = placement.plan;
  const planParts = [plan.rationale, plan.assessmentArrangements, plan.reintegrationRoute, plan.readinessCriteria].filter(filled).length;
  const agreement = placement.currentAgreement;
  const needsEndDate = placement.legalBasis === 'S29A_OFF_SITE_DIRECTION';
  const agreementParts = [agreement.timetable.length > 0, filled(agreement.startDate), ...(needsEndDate ? [filled(agreement.proposedEndDate)] : [])];
  const statuses = {
    // The reason and legal basis are given when the referral starts.
    referral: background === 3 ? 'COMPLETED' : 'IN_PROGRESS',
    providerAndSites: placement.sites.length > 0 ? 'COMPLETED' : 'IN_PROGRESS',
    plan: progress(planParts + Math.min(placement.objectives.length, 1), 5),
    agreement: progress(agreementParts.filter(Boolean).length, agreementParts.length),
  } satisfies Partial<Record<ReferralTask, TaskStatus>>;
  const sent = placement.status !== 'DRAFT';
  const readyToSend = statuses.providerAndSites === 'COMPLETED' && statuses.agreement === 'COMPLETED';
  return {
    ...statuses,
    send: sent ? 'COMPLETED' : readyToSend ? 'NOT_STARTED' : 'CANNOT_START',
    signatures: !sent ? 'CANNOT_START' : agreement.isFullySigned ? 'COMPLETED' : agreement.signatures.length > 0 ? 'IN_PROGRESS' : 'NOT_STARTED',
  };
}
