import { A, useLocation, useParams } from '@solidjs/router';
import {
  Button,
  ButtonGroup,
  describeVisitFrequency,
  ErrorSummary,
  fetchEvidenceCatalogue,
  fetchQuery,
  formatDate,
  formErrorsFrom,
  FrameworkVersionStatusTag,
  NotificationBanner,
  noticeFrom,
  permissions,
  ratingScales,
  runMutation,
  SummaryList,
  Table,
  usePageTitle,
  useSession,
  type FormErrors,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, createSignal, Show } from 'solid-js';
import { useViewer } from '../viewer';
import { CriteriaCards, CriteriaTable } from './criteria-views';
import { FrameworkSectionHeader, frameworkPath } from './framework-section';
import { CreateFrameworkDraftDocument, fetchFramework, FrameworkVersionDocument } from './frameworks.data';

/** A framework: the draft being prepared (for its LA), the published version's criteria, and every version. */
export function FrameworkPage() {
  const client = useClient();
  const session = useSession();
  const viewer = useViewer();
  const location = useLocation();
  const params = useParams<{ frameworkId: string }>();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  const [framework, { refetch }] = createResource(() => params.frameworkId, (id) => fetchFramework(client, id));
  const [localNotice, setLocalNotice] = createSignal<string>();
  const notice = () => localNotice() ?? noticeFrom(location.state);
  const [published] = createResource(
    () => framework()?.latestPublishedVersion?.id,
    async (id) => (await fetchQuery(client, FrameworkVersionDocument, { id })).frameworkVersion,
  );
  const [catalogue] = createResource(() => fetchEvidenceCatalogue(client));
  usePageTitle(() => framework()?.name ?? 'QA framework', () => errors().length > 0);

  const canManage = () => framework()?.localAuthority.id === viewer.localAuthorityId() && session.can(permissions.manageFrameworks);
  const draftPath = (rest: string) => frameworkPath(params.frameworkId, `/draft${rest}`);

  async function startDraft() {
    setBusy(true);
    const outcome = await runMutation(client, CreateFrameworkDraftDocument, { frameworkId: params.frameworkId });
    setBusy(false);
    if (!outcome.ok) {
      setErrors(formErrorsFrom(outcome.problems, []));
      return;
    }
    setErrors([]);
    setLocalNotice(`Version ${outcome.data.createFrameworkDraft.number} started as a draft, copying the published version`);
    await refetch();
  }

  return (
    <>
      <Show when={notice()} keyed>
        {(text) => <NotificationBanner type="success" heading={text} />}
      </Show>
      <ErrorSummary errors={errors()} />
      <FrameworkSectionHeader
        frameworkId={params.frameworkId}
        frameworkName={framework()?.name}
        localAuthorityName={framework()?.localAuthority.name}
      >
        <Show when={framework()?.description}>
          {(description) => <p class="govuk-body">{description()}</p>}
        </Show>
      </FrameworkSectionHeader>
      <Show when={framework()}>
        {(loaded) => (
          <>
            <Show when={canManage() && loaded().draftVersion}>
              {(draft) => (
                <>
                  <h2 class="govuk-heading-m">Draft: version {draft().number}</h2>
                  <p class="govuk-body">
                    Only your local authority sees the draft. Publishing freezes it: assessments then use it, and any later
                    change needs a new version.
                  </p>
                  <SummaryList
                    rows={[
                      { key: 'Name', value: loaded().name, action: { href: draftPath('/details'), text: 'Change', visuallyHiddenText: 'name' } },
                      {
                        key: 'Rating scale',
                        value: ratingScales[draft().ratingScale].label,
                        action: { href: draftPath('/details'), text: 'Change', visuallyHiddenText: 'rating scale' },
                      },
                      {
                        key: 'QA visits',
                        value: describeVisitFrequency(draft()),
                        action: { href: draftPath('/details'), text: 'Change', visuallyHiddenText: 'QA visits' },
                      },
                    ]}
                  />
                  <h3 class="govuk-heading-s">Criteria ({draft().criteria.length})</h3>
                  <Show when={draft().criteria.length === 0}>
                    <p class="govuk-body">Add at least one criterion before you publish the draft.</p>
                  </Show>
                  <CriteriaCards
                    criteria={draft().criteria}
                    catalogue={catalogue()}
                    actionsFor={(criterion) => [
                      { href: draftPath(`/criteria/${criterion.position}`), text: 'Change', visuallyHiddenText: `criterion ${criterion.code}` },
                      { href: draftPath(`/criteria/${criterion.position}/remove`), text: 'Remove', visuallyHiddenText: `criterion ${criterion.code}` },
                    ]}
                  />
                  <ButtonGroup>
                    <Button variant="secondary" href={draftPath('/criteria/new')}>
                      Add a criterion
                    </Button>
                    <Show when={draft().criteria.length > 0}>
                      <Button href={draftPath('/publish')}>Publish version {draft().number}</Button>
                    </Show>
                  </ButtonGroup>
                </>
              )}
            </Show>
            <Show when={published()}>
              {(version) => (
                <>
                  <h2 class="govuk-heading-m">Published: version {version().number}</h2>
                  <SummaryList
                    rows={[
                      { key: 'Published', value: version().publishedAt ? formatDate(version().publishedAt!) : '' },
                      { key: 'Rating scale', value: ratingScales[version().ratingScale].label },
                      { key: 'QA visits', value: describeVisitFrequency(version()) },
                    ]}
                  />
                  <CriteriaTable criteria={version().criteria} catalogue={catalogue()} />
                  <p class="govuk-body">
                    <A class="govuk-link" href={frameworkPath(params.frameworkId, `/versions/${encodeURIComponent(version().id)}`)}>
                      See version {version().number}’s criteria with their guidance
                    </A>
                  </p>
                  <Show when={canManage() && !loaded().draftVersion}>
                    <p class="govuk-body">To change the criteria, start a new version: it copies this one as a draft.</p>
                    <Button variant="secondary" type="button" busy={busy()} onClick={() => void startDraft()}>
                      Start a new version
                    </Button>
                  </Show>
                </>
              )}
            </Show>
            <Table
              caption="Versions"
              rows={loaded().versions}
              columns={[
                {
                  header: 'Version',
                  cell: (version) => (
                    <A class="govuk-link" href={frameworkPath(params.frameworkId, `/versions/${encodeURIComponent(version.id)}`)}>
                      Version {version.number}
                    </A>
                  ),
                },
                { header: 'Status', cell: (version) => <FrameworkVersionStatusTag status={version.status} /> },
                { header: 'Rating scale', cell: (version) => ratingScales[version.ratingScale].label },
                { header: 'Created', cell: (version) => formatDate(version.createdAt) },
                { header: 'Published', cell: (version) => (version.publishedAt ? formatDate(version.publishedAt) : 'Not published') },
              ]}
            />
          </>
        )}
      </Show>
    </>
  );
}
