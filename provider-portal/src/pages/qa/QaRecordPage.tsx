import { useLocation } from '@solidjs/router';
import {
  fetchProviderOverview,
  NotificationBanner,
  noticeFrom,
  permissions,
  ProviderProfileCards,
  SitesTable,
  usePageTitle,
  useSession,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, Show } from 'solid-js';
import { QaSectionHeader, useProviderId } from './qa-section';

/** The provider's shared QA record: its profile and sites, which every school and LA reads. */
export function QaRecordPage() {
  const client = useClient();
  const session = useSession();
  const location = useLocation();
  const providerId = useProviderId();
  usePageTitle(() => 'QA record');
  const [provider] = createResource(providerId, (id) => fetchProviderOverview(client, id));
  const canEdit = () => session.can(permissions.editQaRecord);

  return (
    <>
      <Show when={noticeFrom(location.state)}>{(notice) => <NotificationBanner type="success" heading={notice()} />}</Show>
      <QaSectionHeader providerName={provider()?.name} heading="QA record">
        <p class="govuk-body">
          Your quality assurance (QA) record is shared with every school and local authority that uses AP Partnership, so
          you keep it up to date once instead of answering each of them.
        </p>
      </QaSectionHeader>
      <Show when={provider()}>
        {(loaded) => (
          <>
            <h2 class="govuk-heading-m">Profile</h2>
            <Show when={!canEdit()}>
              <p class="govuk-body">Only your organisation’s provider managers can change the profile.</p>
            </Show>
            <ProviderProfileCards
              provider={loaded()}
              changeHref={canEdit() ? (section) => `/qa/profile/${section}` : undefined}
            />
            <SitesTable sites={loaded().sites} />
          </>
        )}
      </Show>
    </>
  );
}
