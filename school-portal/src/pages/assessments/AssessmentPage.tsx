import { A, useLocation } from '@solidjs/router';
import {
  ActionPlanTable,
  AssessmentStatusTag,
  BackLink,
  Button,
  ButtonGroup,
  CriteriaRatingsTable,
  describeVisitFrequency,
  ErrorSummary,
  fetchEvidenceCatalogue,
  formatDate,
  formErrorsFrom,
  NotificationBanner,
  noticeFrom,
  permissions,
  ratingScales,
  RatingTag,
  runMutation,
  SummaryList,
  usePageTitle,
  useSession,
  VisitsTable,
  type AssessmentDetail,
  type FormErrors,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, createSignal, For, Show } from 'solid-js';
import { frameworkPath } from '../frameworks/framework-section';
import { providerPath } from '../providers/provider-section';
import { criteriaNeedingAction, unratedCriteria, useAssessment } from './assessment';
import { UpdateActionPlanItemStatusDocument } from './assessments.data';

type ActionItem = NonNullable<AssessmentDetail['actionPlan']>[number];

/** An assessment: criteria and ratings, QA visits and the action plan; the assessing LA works through it here. */
export function AssessmentPage() {
  const client = useClient();
  const session = useSession();
  const location = useLocation();
  const { assessment, refetch, canConduct, canFollowUp, frameworkId, path } = useAssessment();
  const [catalogue] = createResource(() => fetchEvidenceCatalogue(client));
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [localNotice, setLocalNotice] = createSignal<string>();
  const [busyItem, setBusyItem] = createSignal<string>();
  const notice = () => localNotice() ?? noticeFrom(location.state);
  usePageTitle(() => (assessment() ? `Assessment of ${assessment()!.provider.name}` : 'Assessment'), () => errors().length > 0);

  const evidenceTitle = (code: string) => catalogue()?.find((type) => type.code === code)?.title ?? code;
  const ratingOf = (criterionId: string) => assessment()?.ratings?.find((rating) => rating.criterion.id === criterionId);

  async function setItemStatus(item: Pick<ActionItem, 'id' | 'status'>) {
    const status = item.status === 'OPEN' ? 'DONE' : 'OPEN';
    setBusyItem(item.id);
    const outcome = await runMutation(client, UpdateActionPlanItemStatusDocument, { id: item.id, status });
    setBusyItem(undefined);
    if (!outcome.ok) {
      setErrors(formErrorsFrom(outcome.problems, []));
      return;
    }
    setErrors([]);
    setLocalNotice(status === 'DONE' ? 'Action marked as done' : 'Action reopened');
    void refetch();
  }

  return (
    <>
      <BackLink href={frameworkPath(frameworkId(), '/assessments')} text="Back to assessments" />
      <Show when={notice()} keyed>
        {(text) => <NotificationBanner type="success" heading={text} />}
      </Show>
      <ErrorSummary errors={errors()} />
      <Show when={assessment.latest}>
        {(loaded) => (
          <>
            <span class="govuk-caption-l">
              {loaded().framework.name}: version {loaded().version.number}
            </span>
            <h1 class="govuk-heading-l">Assessment of {loaded().provider.name}</h1>
            <SummaryList
              rows={[
                {
                  key: 'Provider',
                  value: (
                    <A class="govuk-link" href={providerPath(loaded().provider.id)}>
                      {loaded().provider.name}
                    </A>
                  ),
                },
                { key: 'Status', value: <AssessmentStatusTag status={loaded().status} /> },
                { key: 'Outcome', value: loaded().outcome ? <RatingTag rating={loaded().outcome!} /> : 'Not decided yet' },
                { key: 'Assessed by', value: loaded().localAuthority.name },
                { key: 'Rating scale', value: ratingScales[loaded().version.ratingScale].label },
                { key: 'QA visits expected', value: describeVisitFrequency(loaded().version) },
                { key: 'Started', value: formatDate(loaded().startedAt) },
                ...(loaded().completedAt
                  ? [{ key: 'Completed', value: `${formatDate(loaded().completedAt!)}${loaded().completedBy ? ` by ${loaded().completedBy}` : ''}` }]
                  : []),
              ]}
            />
            <Show when={!loaded().detailsVisible}>
              <p class="govuk-body">Ratings, visit notes and the action plan are shared with local authorities and the provider only.</p>
            </Show>
            <Show when={loaded().summary}>
              {(summary) => (
                <>
                  <h2 class="govuk-heading-m">Summary</h2>
                  <p class="govuk-body">{summary()}</p>
                </>
              )}
            </Show>
            <Show when={loaded().detailsVisible}>
              <Show when={canConduct()}>
                <h2 class="govuk-heading-m">Progress</h2>
                <p class="govuk-body">
                  {loaded().version.criteria.length - unratedCriteria(loaded()).length} of {loaded().version.criteria.length}{' '}
                  criteria rated.
                </p>
                <Show when={criteriaNeedingAction(loaded()).length > 0}>
                  <p class="govuk-body">Add an action to the plan for each amber, red or fail criterion:</p>
                  <ul class="govuk-list govuk-list--bullet">
                    <For each={criteriaNeedingAction(loaded())}>
                      {(criterion) => (
                        <li>
                          <A class="govuk-link" href={path(`/actions/new?criterionId=${encodeURIComponent(criterion.id)}`)}>
                            Add an action for {criterion.code} {criterion.title}
                          </A>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </Show>
              <CriteriaRatingsTable
                assessment={loaded()}
                evidenceTitle={evidenceTitle}
                action={
                  canConduct()
                    ? {
                        header: 'Rate',
                        cell: (criterion) => (
                          <A class="govuk-link" href={path(`/criteria/${encodeURIComponent(criterion.id)}`)}>
                            {ratingOf(criterion.id) ? 'Change' : 'Rate'}
                            <span class="govuk-visually-hidden"> {criterion.code} {criterion.title}</span>
                          </A>
                        ),
                      }
                    : undefined
                }
              />
              <VisitsTable visits={loaded().visits} />
              <Show when={canConduct()}>
                <Button variant="secondary" href={path('/visits/new')}>
                  Record a QA visit
                </Button>
              </Show>
              <ActionPlanTable
                caption="Action plan"
                items={loaded().actionPlan ?? []}
                action={
                  canFollowUp()
                    ? {
                        header: 'Mark as done or reopen',
                        cell: (item) => (
                          <button
                            type="button"
                            class="govuk-button govuk-button--secondary app-table-button"
                            aria-disabled={busyItem() ? 'true' : undefined}
                            onClick={() => {
                              if (!busyItem()) void setItemStatus(item);
                            }}
                          >
                            {item.status === 'OPEN' ? 'Mark as done' : 'Reopen'}
                            <span class="govuk-visually-hidden">: {item.description}</span>
                          </button>
                        ),
                      }
                    : undefined
                }
              />
              <Show when={canConduct()}>
                <Button variant="secondary" href={path('/actions/new')}>
                  Add an action
                </Button>
              </Show>
            </Show>
            <Show when={canConduct()}>
              <h2 class="govuk-heading-m">Complete the assessment</h2>
              <p class="govuk-body">
                When every criterion is rated and each amber, red or fail criterion has an action, give the overall outcome.
              </p>
              <Button href={path('/complete')}>Complete assessment</Button>
            </Show>
            <Show when={loaded().status === 'COMPLETED' && canFollowUp() && session.can(permissions.decideApprovals)}>
              <ButtonGroup>
                <Button href={providerPath(loaded().provider.id, `/approval?frameworkId=${encodeURIComponent(loaded().framework.id)}`)}>
                  Decide approval
                </Button>
              </ButtonGroup>
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
