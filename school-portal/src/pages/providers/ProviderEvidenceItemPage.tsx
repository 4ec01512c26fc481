import { useParams } from '@solidjs/router';
import {
  ApiError,
  BackLink,
  Details,
  ErrorSummary,
  EvidenceHistoryTable,
  evidenceSlug,
  EvidenceStatusTag,
  evidenceStatuses,
  EvidenceVersionSummary,
  fetchProviderEvidence,
  NotificationBanner,
  usePageTitle,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, For, Show } from 'solid-js';
import { useViewer } from '../viewer';
import { providerPath } from './provider-section';
import { useVerifyEvidence } from './verify-evidence';

/** One kind of a provider's evidence: the current version, every earlier one, and (for LAs) verifying it. */
export function ProviderEvidenceItemPage() {
  const client = useClient();
  const viewer = useViewer();
  const params = useParams<{ providerId: string; type: string }>();
  const [found, { refetch }] = createResource(
    () => ({ id: params.providerId, slug: params.type }),
    async ({ id, slug }) => {
      const provider = await fetchProviderEvidence(client, id, true);
      const item = provider.evidence.find((entry) => evidenceSlug(entry.type.code) === slug);
      if (!item) throw new ApiError([{ code: 'NOT_FOUND', message: 'Evidence not found.' }]);
      return { provider, item };
    },
  );
  usePageTitle(() => (found() ? `${found()!.item.type.title} – ${found()!.provider.name}` : 'Evidence'));
  const verification = useVerifyEvidence(() => void refetch());
  const VerifyButton = verification.VerifyButton;

  return (
    <>
      <BackLink href={providerPath(params.providerId, '/evidence')} text="Back to evidence" />
      <Show when={verification.notice()}>{(notice) => <NotificationBanner type="success" heading={notice()} />}</Show>
      <ErrorSummary errors={verification.errors()} />
      <Show when={found.latest}>
        {(loaded) => (
          <>
            <span class="govuk-caption-l">{loaded().provider.name}</span>
            <h1 class="govuk-heading-l">{loaded().item.type.title}</h1>
            <p class="govuk-body">
              <EvidenceStatusTag status={loaded().item.status} />{' '}
              <span class="app-secondary-text">{evidenceStatuses[loaded().item.status].hint}</span>
            </p>
            <div class="govuk-grid-row">
              <div class="govuk-grid-column-two-thirds">
                <p class="govuk-body">{loaded().item.type.guidance}</p>
                <Details summary="Who asks for this">
                  <ul class="govuk-list govuk-list--bullet">
                    <For each={loaded().item.type.requiredBy}>{(source) => <li>{source}</li>}</For>
                  </ul>
                </Details>
              </div>
            </div>
            <Show when={loaded().item.currentVersion} fallback={<p class="govuk-body">The provider has not uploaded this yet.</p>}>
              {(current) => (
                <>
                  <h2 class="govuk-heading-m">Current version</h2>
                  <EvidenceVersionSummary type={loaded().item.type} version={current()} canDownload={viewer.isLocalAuthority()} />
                  <Show when={verification.canVerify() && verification.awaitsVerification(loaded().item)}>
                    <p class="govuk-body">
                      Open the document and check it matches these details before you verify it for{' '}
                      {viewer.organisationName()}.
                    </p>
                    <VerifyButton item={loaded().item} text="Verify this evidence" />
                  </Show>
                </>
              )}
            </Show>
            <Show when={(loaded().item.history ?? []).length > 0}>
              <EvidenceHistoryTable versions={loaded().item.history ?? []} canDownload={viewer.isLocalAuthority()} />
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
