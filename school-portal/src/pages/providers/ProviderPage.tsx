import { A, useParams } from '@solidjs/router';
import {
  ApprovalSummaryList,
  countEvidenceStatuses,
  describeEvidenceCounts,
  fetchProviderEvidence,
  fetchProviderOverview,
  fetchProviderQuality,
  ProviderProfileCards,
  SitesTable,
  SummaryList,
  usePageTitle,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import { providerPath, ProviderSectionHeader } from './provider-section';

/** A provider's profile and sites, with its approvals and evidence at a glance. */
export function ProviderPage() {
  const client = useClient();
  const params = useParams<{ providerId: string }>();
  const [provider] = createResource(() => params.providerId, (id) => fetchProviderOverview(client, id));
  const [quality] = createResource(() => params.providerId, (id) => fetchProviderQuality(client, id, false));
  const [evidence] = createResource(() => params.providerId, (id) => fetchProviderEvidence(client, id, false));
  usePageTitle(() => provider()?.name ?? 'Provider');

  const requiredEvidence = () => (evidence()?.evidence ?? []).filter((item) => item.type.required);

  return (
    <>
      <ProviderSectionHeader providerId={params.providerId} providerName={provider()?.name} />
      <Show when={provider()}>
        {(loaded) => (
          <>
            <h2 class="govuk-heading-m">At a glance</h2>
            <SummaryList
              rows={[
                {
                  key: 'Approvals',
                  value: (
                    <Show when={quality()} fallback="Loading…">
                      {(found) => <ApprovalSummaryList approvals={found().approvals} />}
                    </Show>
                  ),
                },
                {
                  key: 'Required evidence',
                  value: (
                    <Show when={evidence()} fallback="Loading…">
                      <A class="govuk-link" href={providerPath(params.providerId, '/evidence')}>
                        {describeEvidenceCounts(countEvidenceStatuses(requiredEvidence()))}
                      </A>
                    </Show>
                  ),
                },
              ]}
            />
            <h2 class="govuk-heading-m">Profile</h2>
            <ProviderProfileCards provider={loaded()} />
            <SitesTable sites={loaded().sites} />
          </>
        )}
      </Show>
    </>
  );
}
