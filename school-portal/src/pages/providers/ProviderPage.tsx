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
  fetchQuery,
  SummaryList,
  Tag,
  usePageTitle,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import { providerPath, ProviderSectionHeader } from './provider-section';
import { ProviderPolicyChecksDocument } from './providers.data';

/** A provider's profile and sites, with its approvals and evidence at a glance. */
export function ProviderPage() {
  const client = useClient();
  const params = useParams<{ providerId: string }>();
  const [provider] = createResource(() => params.providerId, (id) => fetchProviderOverview(client, id));
  const [quality] = createResource(() => params.providerId, (id) => fetchProviderQuality(client, id, false));
  const [evidence] = createResource(() => params.providerId, (id) => fetchProviderEvidence(client, id, false));
  const [policy] = createResource(() => params.providerId, (id) => fetchQuery(client, ProviderPolicyChecksDocument, { id }));
  usePageTitle(() => provider()?.name ?? 'Provider');

  const requiredEvidence = () => (evidence()?.evidence ?? []).filter((item) => item.type.required);
  const policyChecks = () => {
    const organisation = policy()?.organisation;
    return organisation && 'policyChecks' in organisation ? organisation.policyChecks : [];
  };

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
                ...policyChecks().map((check) => ({
                  key: check.title,
                  value: (
                    <>
                      <Tag colour={check.met ? 'green' : 'red'}>{check.met ? 'Meets your policy' : 'Does not meet your policy'}</Tag>{' '}
                      {check.detail}
                    </>
                  ),
                })),
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
