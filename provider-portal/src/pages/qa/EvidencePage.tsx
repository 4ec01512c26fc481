import { A, useLocation } from '@solidjs/router';
import {
  countEvidenceStatuses,
  describeEvidenceCounts,
  evidenceSlug,
  EvidenceTables,
  fetchProviderEvidence,
  NotificationBanner,
  noticeFrom,
  permissions,
  usePageTitle,
  useSession,
  type ProviderEvidenceItem,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import { QaSectionHeader, useProviderId } from './qa-section';

/** Every kind of evidence in the catalogue, with its status today; managers upload and renew from here. */
export function EvidencePage() {
  const client = useClient();
  const session = useSession();
  const location = useLocation();
  const providerId = useProviderId();
  usePageTitle(() => 'Evidence');
  const [provider] = createResource(providerId, (id) => fetchProviderEvidence(client, id, false));
  const canEdit = () => session.can(permissions.editQaRecord);
  const needingAttention = () =>
    (provider()?.evidence ?? []).filter(
      (item) => item.type.required && (item.status === 'EXPIRED' || item.status === 'MISSING' || item.status === 'EXPIRING'),
    ).length;

  const uploadLink = (item: ProviderEvidenceItem) => (
    <A class="govuk-link" href={`/qa/evidence/${evidenceSlug(item.type.code)}/upload`}>
      {item.status === 'MISSING' ? 'Upload' : 'Renew'}
      <span class="govuk-visually-hidden"> {item.type.title}</span>
    </A>
  );

  return (
    <>
      <Show when={noticeFrom(location.state)}>{(notice) => <NotificationBanner type="success" heading={notice()} />}</Show>
      <QaSectionHeader providerName={provider()?.name} heading="Evidence" />
      <Show when={provider()}>
        {(loaded) => (
          <>
            <p class="govuk-body">{describeEvidenceCounts(countEvidenceStatuses(loaded().evidence))}.</p>
            <Show when={needingAttention() > 0}>
              <p class="govuk-body">
                {needingAttention()} required {needingAttention() === 1 ? 'item needs' : 'items need'} attention: expired,
                expiring soon or missing. Schools and local authorities see the same statuses.
              </p>
            </Show>
            <p class="govuk-body">
              Renewing adds a new version; earlier versions are kept and stay visible in each item’s history.
            </p>
            <EvidenceTables
              items={loaded().evidence}
              itemHref={(item) => `/qa/evidence/${evidenceSlug(item.type.code)}`}
              action={canEdit() ? { header: 'Upload or renew', cell: uploadLink } : undefined}
            />
          </>
        )}
      </Show>
    </>
  );
}
