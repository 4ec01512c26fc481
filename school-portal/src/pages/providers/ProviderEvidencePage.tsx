import { useParams } from '@solidjs/router';
import {
  countEvidenceStatuses,
  describeEvidenceCounts,
  DocumentLink,
  ErrorSummary,
  evidenceSlug,
  EvidenceTables,
  fetchProviderEvidence,
  NotificationBanner,
  usePageTitle,
  type ProviderEvidenceItem,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import { useViewer } from '../viewer';
import { providerPath, ProviderSectionHeader } from './provider-section';
import { useVerifyEvidence } from './verify-evidence';

/** Every kind of evidence with its status and who verified it; LA officers also download and verify. */
export function ProviderEvidencePage() {
  const client = useClient();
  const viewer = useViewer();
  const params = useParams<{ providerId: string }>();
  const [provider, { refetch }] = createResource(() => params.providerId, (id) => fetchProviderEvidence(client, id, false));
  usePageTitle(() => (provider() ? `Evidence – ${provider()!.name}` : 'Evidence'));
  const verification = useVerifyEvidence(() => void refetch());
  const VerifyButton = verification.VerifyButton;

  const actionCell = (item: ProviderEvidenceItem) => (
    <Show when={item.currentVersion}>
      {(current) => (
        <>
          <p class="govuk-body-s govuk-!-margin-bottom-2">
            <DocumentLink document={current().document} canDownload compactFor={item.type.title} />
          </p>
          <VerifyButton item={item} inTable />
        </>
      )}
    </Show>
  );

  return (
    <>
      <Show when={verification.notice()}>{(notice) => <NotificationBanner type="success" heading={notice()} />}</Show>
      <ErrorSummary errors={verification.errors()} />
      <ProviderSectionHeader providerId={params.providerId} providerName={provider.latest?.name} />
      <Show when={provider.latest}>
        {(loaded) => (
          <>
            <p class="govuk-body">{describeEvidenceCounts(countEvidenceStatuses(loaded().evidence))}.</p>
            <Show
              when={viewer.isLocalAuthority()}
              fallback={
                <p class="govuk-body">
                  Local authorities check the documents themselves; you see their details, status and which local
                  authorities verified them.
                </p>
              }
            >
              <p class="govuk-body">
                Open each document before you verify it. Verifying records that {viewer.organisationName()} checked this
                version; a renewal needs checking again.
              </p>
            </Show>
            <EvidenceTables
              items={loaded().evidence}
              itemHref={(item) => providerPath(params.providerId, `/evidence/${evidenceSlug(item.type.code)}`)}
              action={viewer.isLocalAuthority() ? { header: 'Document and verification', cell: actionCell } : undefined}
            />
          </>
        )}
      </Show>
    </>
  );
}
