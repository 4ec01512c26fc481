import { A, useParams } from '@solidjs/router';
import {
  ApiError,
  ApprovalStatusTag,
  fetchQuery,
  formatLocalDate,
  Table,
  usePageTitle,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import { providerPath } from '../providers/provider-section';
import { FrameworkSectionHeader } from './framework-section';
import { FrameworkActivityDocument } from './frameworks.data';

/** Every provider with a decision on the framework, at its current standing, by name. */
export function FrameworkProvidersPage() {
  const client = useClient();
  const params = useParams<{ frameworkId: string }>();
  const [activity] = createResource(
    () => params.frameworkId,
    async (id) => {
      const framework = (await fetchQuery(client, FrameworkActivityDocument, { id })).framework;
      if (!framework) throw new ApiError([{ code: 'NOT_FOUND', message: 'Framework not found.' }]);
      return framework;
    },
  );
  usePageTitle(() => (activity() ? `Approved providers – ${activity()!.name}` : 'Approved providers'));

  return (
    <>
      <FrameworkSectionHeader frameworkId={params.frameworkId} frameworkName={activity()?.name} localAuthorityName={activity()?.localAuthority.name} />
      <Show when={activity()}>
        {(loaded) => (
          <Show
            when={loaded().currentApprovals.totalCount > 0}
            fallback={<p class="govuk-body">No provider has been approved on this framework yet.</p>}
          >
            <Table
              caption={`Providers with a decision (${loaded().currentApprovals.totalCount})`}
              rows={loaded().currentApprovals.edges.map((edge) => edge.node)}
              columns={[
                {
                  header: 'Provider',
                  cell: (approval) => (
                    <A class="govuk-link" href={providerPath(approval.provider.id, '/quality')}>
                      {approval.provider.name}
                    </A>
                  ),
                },
                { header: 'Status', cell: (approval) => <ApprovalStatusTag status={approval.status} /> },
                { header: 'From', cell: (approval) => formatLocalDate(approval.effectiveFrom) },
                { header: 'Review', cell: (approval) => (approval.reviewDate ? formatLocalDate(approval.reviewDate) : 'Not set') },
              ]}
            />
          </Show>
        )}
      </Show>
    </>
  );
}
