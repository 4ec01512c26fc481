import { Navigate, useNavigate, useParams } from '@solidjs/router';
import {
  approvalStatuses,
  BackLink,
  Button,
  ErrorSummary,
  fetchProviderOverview,
  fetchQuery,
  formatLocalDate,
  formErrorsFrom,
  noticeState,
  permissions,
  RequirePermission,
  runMutation,
  SummaryList,
  usePageTitle,
  type FormErrors,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, createSignal, Show } from 'solid-js';
import { useViewer } from '../viewer';
import { approvalDraftFor, discardApprovalDraft, saveApprovalDraft } from './approval-journey';
import { approvalStatusWords } from './DecideApprovalPage';
import { providerPath } from './provider-section';
import { DecideApprovalDocument, OwnFrameworksDocument } from './providers.data';

const formFields = ['frameworkId', 'status', 'effectiveFrom', 'reviewDate', 'reason'];

/** Step 2 of deciding approval: check, then record it (decisions are never changed, only followed by newer ones). */
export function CheckApprovalPage() {
  const client = useClient();
  const navigate = useNavigate();
  const viewer = useViewer();
  const params = useParams<{ providerId: string }>();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  const [provider] = createResource(() => params.providerId, (id) => fetchProviderOverview(client, id));
  const [frameworks] = createResource(viewer.localAuthorityId, async (localAuthorityId) =>
    (await fetchQuery(client, OwnFrameworksDocument, { localAuthorityId })).frameworks.edges.map((edge) => edge.node),
  );
  usePageTitle(() => 'Check your decision before recording it', () => errors().length > 0);

  const draft = () => approvalDraftFor(params.providerId);
  const frameworkName = () => frameworks()?.find((framework) => framework.id === draft()?.frameworkId)?.name ?? '';
  const change = (what: string) => ({ href: providerPath(params.providerId, '/approval'), text: 'Change', visuallyHiddenText: what });

  async function record() {
    const current = draft();
    if (!current?.values) return;
    setBusy(true);
    const outcome = await runMutation(client, DecideApprovalDocument, {
      input: { frameworkId: current.frameworkId, providerId: params.providerId, ...current.values },
    });
    setBusy(false);
    if (outcome.ok) {
      const notice = `${provider()?.name ?? 'The provider'} is ${approvalStatusWords[current.values.status]} on the ${frameworkName()}`;
      discardApprovalDraft(params.providerId);
      navigate(providerPath(params.providerId, '/quality'), { state: noticeState(notice) });
      return;
    }
    const fieldErrors = formErrorsFrom(outcome.problems, formFields);
    if (fieldErrors.some((error) => error.field)) {
      saveApprovalDraft(params.providerId, { ...current, errors: fieldErrors });
      navigate(providerPath(params.providerId, '/approval'));
      return;
    }
    setErrors(fieldErrors);
  }

  return (
    <RequirePermission permission={permissions.decideApprovals}>
      <Show when={draft()?.values} fallback={<Navigate href={providerPath(params.providerId, '/approval')} />}>
        {(values) => (
          <>
            <BackLink href={providerPath(params.providerId, '/approval')} />
            <div class="govuk-grid-row">
              <div class="govuk-grid-column-two-thirds">
                <ErrorSummary errors={errors()} />
                <span class="govuk-caption-l">{provider()?.name}</span>
                <h1 class="govuk-heading-l">Check your decision before recording it</h1>
                <SummaryList
                  rows={[
                    { key: 'Framework', value: frameworkName(), action: change('framework') },
                    { key: 'Decision', value: approvalStatuses[values().status].label, action: change('decision') },
                    { key: 'Takes effect', value: formatLocalDate(values().effectiveFrom), action: change('date it takes effect') },
                    {
                      key: 'Review date',
                      value: values().reviewDate ? formatLocalDate(values().reviewDate!) : 'Not set',
                      action: change('review date'),
                    },
                    { key: 'Reason', value: values().reason ?? 'None given', action: change('reason') },
                  ]}
                />
                <p class="govuk-body">
                  Every school, local authority and the provider will see this decision. It replaces the current one and is
                  kept in the history; it cannot be changed later, only followed by a new decision.
                </p>
                <Button type="button" busy={busy()} onClick={() => void record()}>
                  Record decision
                </Button>
              </div>
            </div>
          </>
        )}
      </Show>
    </RequirePermission>
  );
}
