import { useParams } from '@solidjs/router';
import {
  ActionPlanTable,
  AssessmentStatusTag,
  BackLink,
  CriteriaRatingsTable,
  describeVisitFrequency,
  fetchAssessment,
  fetchEvidenceCatalogue,
  formatDate,
  ratingScales,
  RatingTag,
  SummaryList,
  usePageTitle,
  VisitsTable,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';

/** One of the provider's assessments in full: ratings, QA visits and the action plan (read-only). */
export function AssessmentPage() {
  const client = useClient();
  const params = useParams<{ assessmentId: string }>();
  const [assessment] = createResource(() => params.assessmentId, (id) => fetchAssessment(client, id, true));
  const [catalogue] = createResource(() => fetchEvidenceCatalogue(client));
  const evidenceTitle = (code: string) => catalogue()?.find((type) => type.code === code)?.title ?? code;
  usePageTitle(() => (assessment() ? `Assessment on the ${assessment()!.framework.name}` : 'Assessment'));

  return (
    <>
      <BackLink href="/qa/approvals" text="Back to approvals and assessments" />
      <Show when={assessment()}>
        {(loaded) => (
          <>
            <span class="govuk-caption-l">{loaded().localAuthority.name}</span>
            <h1 class="govuk-heading-l">Assessment on the {loaded().framework.name}</h1>
            <SummaryList
              rows={[
                { key: 'Status', value: <AssessmentStatusTag status={loaded().status} /> },
                { key: 'Outcome', value: loaded().outcome ? <RatingTag rating={loaded().outcome!} /> : 'Not yet decided' },
                { key: 'Framework version', value: `Version ${loaded().version.number}` },
                { key: 'Rating scale', value: ratingScales[loaded().version.ratingScale].label },
                { key: 'QA visits', value: describeVisitFrequency(loaded().version) },
                { key: 'Started', value: formatDate(loaded().startedAt) },
                ...(loaded().completedAt
                  ? [{ key: 'Completed', value: `${formatDate(loaded().completedAt!)}${loaded().completedBy ? ` by ${loaded().completedBy}` : ''}` }]
                  : []),
              ]}
            />
            <Show when={loaded().summary}>
              {(summary) => (
                <>
                  <h2 class="govuk-heading-m">Summary</h2>
                  <p class="govuk-body">{summary()}</p>
                </>
              )}
            </Show>
            <CriteriaRatingsTable assessment={loaded()} evidenceTitle={evidenceTitle} />
            <VisitsTable visits={loaded().visits} />
            <ActionPlanTable caption="Action plan" items={loaded().actionPlan ?? []} />
          </>
        )}
      </Show>
    </>
  );
}
