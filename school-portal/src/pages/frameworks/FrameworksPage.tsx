import { A, useLocation } from '@solidjs/router';
import {
  Button,
  describeVisitFrequency,
  fetchQuery,
  formatDate,
  NotificationBanner,
  noticeFrom,
  permissions,
  ratingScales,
  Table,
  usePageTitle,
  useSession,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import { useViewer } from '../viewer';
import { frameworkPath } from './framework-section';
import { FrameworkListDocument } from './frameworks.data';

/** The LA's QA frameworks: each with its published version and any draft being prepared. */
export function FrameworksPage() {
  const client = useClient();
  const session = useSession();
  const viewer = useViewer();
  const location = useLocation();
  usePageTitle(() => 'QA frameworks');
  const [frameworks] = createResource(viewer.localAuthorityId, async (localAuthorityId) =>
    (await fetchQuery(client, FrameworkListDocument, { localAuthorityId })).frameworks.edges.map((edge) => edge.node),
  );

  return (
    <>
      <Show when={noticeFrom(location.state)}>{(notice) => <NotificationBanner type="success" heading={notice()} />}</Show>
      <span class="govuk-caption-l">{viewer.organisationName()}</span>
      <h1 class="govuk-heading-l">QA frameworks</h1>
      <p class="govuk-body">
        Your frameworks say what providers are assessed on, how they are rated and how often they are visited. Published
        versions are shared with every school and provider.
      </p>
      <Show when={session.can(permissions.manageFrameworks)}>
        <Button href="/frameworks/new">Create a framework</Button>
      </Show>
      <Show when={!viewer.isLocalAuthority()}>
        <p class="govuk-body">Local authorities keep QA frameworks. Sign in as a member of a local authority to manage them.</p>
      </Show>
      <Show when={frameworks()}>
        {(loaded) => (
          <Show when={loaded().length > 0} fallback={<p class="govuk-body">Your local authority has no frameworks yet.</p>}>
            <Table
              caption="Your frameworks"
              rows={loaded()}
              columns={[
                {
                  header: 'Framework',
                  cell: (framework) => (
                    <A class="govuk-link" href={frameworkPath(framework.id)}>
                      {framework.name}
                    </A>
                  ),
                },
                {
                  header: 'Published version',
                  cell: (framework) =>
                    framework.latestPublishedVersion ? (
                      <>
                        Version {framework.latestPublishedVersion.number}
                        <br />
                        <span class="govuk-body-s app-secondary-text">
                          {framework.latestPublishedVersion.publishedAt ? formatDate(framework.latestPublishedVersion.publishedAt) : ''}
                        </span>
                      </>
                    ) : (
                      <span class="app-secondary-text">Not published yet</span>
                    ),
                },
                {
                  header: 'Rating and visits',
                  cell: (framework) =>
                    framework.latestPublishedVersion ? (
                      <>
                        {ratingScales[framework.latestPublishedVersion.ratingScale].label}
                        <br />
                        <span class="govuk-body-s app-secondary-text">{describeVisitFrequency(framework.latestPublishedVersion)}</span>
                      </>
                    ) : (
                      ''
                    ),
                },
                {
                  header: 'Draft',
                  cell: (framework) =>
                    framework.draftVersion ? `Version ${framework.draftVersion.number}` : <span class="app-secondary-text">None</span>,
                },
              ]}
            />
          </Show>
        )}
      </Show>
    </>
  );
}
