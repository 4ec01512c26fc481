import { useParams } from '@solidjs/router';
import { fetchAssessment, permissions, useSession, type AssessmentDetail } from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource } from 'solid-js';
import { useViewer } from '../viewer';

export const assessmentPagePath = (frameworkId: string, assessmentId: string, rest = '') =>
  `/frameworks/${encodeURIComponent(frameworkId)}/assessments/${encodeURIComponent(assessmentId)}${rest}`;

/** The assessment of the page's :assessmentId, and what the user may do with it. */
export function useAssessment() {
  const client = useClient();
  const session = useSession();
  const viewer = useViewer();
  const params = useParams<{ frameworkId: string; assessmentId: string }>();
  // Ratings, visits and action plans are for commissioners (LAs): asking otherwise fails the query.
  const [assessment, { refetch }] = createResource(
    () => params.assessmentId,
    (id) => fetchAssessment(client, id, viewer.isLocalAuthority()),
  );
  const isAssessor = (loaded: AssessmentDetail | undefined) =>
    Boolean(loaded) && loaded!.localAuthority.id === viewer.localAuthorityId() && session.can(permissions.conductAssessments);
  return {
    assessment,
    refetch,
    frameworkId: () => params.frameworkId,
    assessmentId: () => params.assessmentId,
    path: (rest = '') => assessmentPagePath(params.frameworkId, params.assessmentId, rest),
    /** Ratings, visits, actions and completing: the assessing LA, while it is in progress. */
    canConduct: () => isAssessor(assessment()) && assessment()!.status === 'IN_PROGRESS',
    /** Marking actions done or open: the assessing LA, also after completion. */
    canFollowUp: () => isAssessor(assessment()),
  };
}

/** Criteria rated amber, red or fail that have no action in the plan yet. */
export function criteriaNeedingAction(assessment: AssessmentDetail) {
  const withAction = new Set((assessment.actionPlan ?? []).map((item) => item.criterion?.id));
  return assessment.version.criteria.filter((criterion) => {
    const rating = assessment.ratings?.find((item) => item.criterion.id === criterion.id)?.rating;
    return (rating === 'AMBER' || rating === 'RED' || rating === 'FAIL') && !withAction.has(criterion.id);
  });
}

export function unratedCriteria(assessment: AssessmentDetail) {
  return assessment.version.criteria.filter((criterion) => !assessment.ratings?.some((item) => item.criterion.id === criterion.id));
}
