import { useLocation, useParams } from '@solidjs/router';
import {
  ApiError,
  BackLink,
  Button,
  Details,
  EvidenceHistoryTable,
  evidenceSlug,
  EvidenceStatusTag,
  evidenceStatuses,
  EvidenceVersionSummary,
  fetchProviderEvidence,
  NotificationBanner,
  noticeFrom,
  permissions,
  usePageTitle,
  useSession,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, For, Show } from 'solid-js';
import { useProviderId } from './qa-section';

/** One kind of evidence: what to provide, the current version and every earlier one. */
export function EvidenceItemPage() {
  const client = useClient();
  const session = useSession();
  const location = useLocation();
  const params = useParams<{ type: string }>();
  const providerId = useProviderId();
  const [item] = createResource(
    () => ({ id: providerId(), slug: params.type }),
    async ({ id, slug }) => {
      const provider = await fetchProviderEvidence(client, id, true);
      const found = provider.evidence.find((entry) => evidenceSlug(entry.type.code) === slug);
      if (!found) throw new ApiError([{ code: 'NOT_FOUND', message: 'Evidence not found.' }]);
      return found;
    },
  );
  usePageTitle(() => item()?.type.title ?? 'Evidence');
  const canEdit = () => session.can(permissions.editQaRecord);

  return (
    <>
      <BackLink href="/qa/evidence" text="Back to evidence" />
      <Show when={noticeFrom(location.state)}>{(notice) => <NotificationBanner type="success" heading={notice()} />}</Show>
      <Show when={item()}>
        {(loaded) => (
          <>
            <span class="govuk-caption-l">Evidence</span>
            <h1 class="govuk-heading-l">{loaded().type.title}</h1>
            <p class="govuk-body">
              <EvidenceStatusTag status={loaded().status} />{' '}
              <span class="app-secondary-text">{evidenceStatuses[loaded().status].hint}</span>
            </p>
            <div class="govuk-grid-row">
              <div class="govuk-grid-column-two-thirds">
                <p class="govuk-body">{loaded().type.guidance}</p>
                <Details summary="Who asks for this">
                  <ul class="govuk-list govuk-list--bullet">
                    <For each={loaded().type.requiredBy}>{(source) => <li>{source}</li>}</For>
                  </ul>
                  <p class="govuk-body">
                    Usually renewed every {loaded().type.renewalMonths} months.
                    {loaded().type.required ? '' : ' Only needed when a commissioner asks for it.'}
                  </p>
                </Details>
                <Show when={canEdit()}>
                  <Button href={`/qa/evidence/${evidenceSlug(loaded().type.code)}/upload`}>
                    {loaded().currentVersion ? 'Upload a new version' : 'Upload evidence'}
                  </Button>
                </Show>
              </div>
            </div>
            <Show
              when={loaded().currentVersion}
              fallback={<p class="govuk-body">Nothing has been uploaded yet.</p>}
            >
              {(current) => (
                <>
                  <h2 class="govuk-heading-m">Current version</h2>
                  <EvidenceVersionSummary type={loaded().type} version={current()} canDownload />
                </>
              )}
            </Show>
            <Show when={(loaded().history ?? []).length > 0}>
              <EvidenceHistoryTable versions={loaded().history ?? []} canDownload />
            </Show>
          </>
        )}
      </Show>
    </>
  );
}
