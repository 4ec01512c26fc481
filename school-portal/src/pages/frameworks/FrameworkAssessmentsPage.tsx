import { A, useParams } from '@solidjs/router';
import {
  ApiError,
  Button,
  fetchQuery,
  formatDate,
  permissions,
  RatingTag,
  Table,
  usePageTitle,
  useSession,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import { useViewer } from '../viewer';
import { FrameworkSectionHeader, frameworkPath } from './framework-section';
import { FrameworkActivityDocument } from './frameworks.data';

/** Assessments on a framework: those in progress (for its LA) and completed ones. */
export function FrameworkAssessmentsPage() {
  const client = useClient();
  const session = useSession();
  const viewer = useViewer();
  const params = useParams<{ frameworkId: string }>();
  const [activity] = createResource(
    () => params.frameworkId,
    async (id) => {
      const framework = (await fetchQuery(client, FrameworkActivityDocument, { id })).framework;
      if (!framework) throw new ApiError([{ code: 'NOT_FOUND', message: 'Framework not found.' }]);
      return framework;
    },
  );
  usePageTitle(() => (activity() ? `Assessments – ${activity()!.name}` : 'Assessments'));
  const canStart = () =>
    activity()?.localAuthority.id === viewer.localAuthorityId() &&
    session.can(permissions.conductAssessments) &&
    Boolean(activity()?.latestPublishedVersion);
  const assessmentHref = (id: string) => frameworkPath(params.frameworkId, `/assessments/${encodeURIComponent(id)}`);

  return (
    <>
      <FrameworkSectionHeader frameworkId={params.frameworkId} frameworkName={activity()?.name} localAuthorityName={activity()?.localAuthority.name} />
      <Show when={activity()}>
        {(loaded) => (
          <>
            <Show when={canStart()}>
              <Button href={frameworkPath(params.frameworkId, '/assessments/new')}>Start an assessment</Button>
            </Show>
            <Show when={!loaded().latestPublishedVersion}>
              <p class="govuk-body">Publish a version of the framework before you assess providers against it.</p>
            </Show>
            <Show
              when={loaded().inProgress.totalCount > 0}
              fallback={<p class="govuk-body">There are no assessments in progress.</p>}
            >
              <Table
                caption={`In progress (${loaded().inProgress.totalCount})`}
                rows={loaded().inProgress.edges.map((edge) => edge.node)}
                columns={[
                  {
                    header: 'Provider',
                    cell: (assessment) => (
                      <A class="govuk-link" href={assessmentHref(assessment.id)}>
                        {assessment.provider.name}
                      </A>
                    ),
                  },
                  { header: 'Version', cell: (assessment) => `Version ${assessment.version.number}` },
                  { header: 'Started', cell: (assessment) => formatDate(assessment.startedAt) },
                ]}
              />
            </Show>
            <Show when={loaded().completed.totalCount > 0} fallback={<p class="govuk-body">No assessments have been completed.</p>}>
              <Table
                caption={`Completed (${loaded().completed.totalCount})`}
                rows={loaded().completed.edges.map((edge) => edge.node)}
                columns={[
                  {
                    header: 'Provider',
                    cell: (assessment) => (
                      <A class="govuk-link" href={assessmentHref(assessment.id)}>
                        {assessment.provider.name}
                      </A>
                    ),
                  },
                  { header: 'Version', cell: (assessment) => `Version ${assessment.version.number}` },
                  { header: 'Outcome', cell: (assessment) => (assessment.outcome ? <RatingTag rating={assessment.outcome} /> : '') },
                  {
                    header: 'Completed',
                    cell: (assessment) => `${assessment.completedAt ? formatDate(assessment.completedAt) : ''}${assessment.completedBy ? ` by ${assessment.completedBy}` : ''}`,
                  },
                ]}
              />
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
