import { useNavigate, useParams, useSearchParams } from '@solidjs/router';
import {
  approvalStatuses,
  approvalStatusValues,
  BackLink,
  Button,
  DateInput,
  dateErrorFor,
  dateFormError,
  datePartsFrom,
  datePartsOf,
  errorMessageFor,
  ErrorSummary,
  fetchProviderQuality,
  fetchQuery,
  formatDate,
  formatLocalDate,
  InsetText,
  parseDateParts,
  permissions,
  Radios,
  ratings,
  RequirePermission,
  requireDate,
  singleParam,
  Textarea,
  textField,
  todayInEngland,
  usePageTitle,
  type FormError,
  type FormErrors,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createEffect, createResource, createSignal, on, Show } from 'solid-js';
import type { QaApprovalStatus } from '../../gql/graphql';
import { useViewer } from '../viewer';
import { approvalDraftFor, saveApprovalDraft, type ApprovalDraft } from './approval-journey';
import { providerPath } from './provider-section';
import { OwnFrameworksDocument } from './providers.data';

export const approvalStatusWords: Record<QaApprovalStatus, string> = {
  APPROVED: 'approved',
  CONDITIONAL: 'approved on conditions',
  SUSPENDED: 'suspended',
  REMOVED: 'removed',
};

function isApprovalStatus(value: string): value is QaApprovalStatus {
  return (approvalStatusValues as string[]).includes(value);
}

/** Reads and checks the decision form; the API repeats every check. */
export function readApprovalForm(form: FormData): { draft: ApprovalDraft; errors: FormError[] } {
  const status = textField(form, 'status');
  const draft: ApprovalDraft = {
    frameworkId: textField(form, 'frameworkId'),
    status: isApprovalStatus(status) ? status : '',
    effectiveFrom: datePartsFrom(form, 'effectiveFrom'),
    reviewDate: datePartsFrom(form, 'reviewDate'),
    reason: textField(form, 'reason').trim(),
  };
  const errors: FormError[] = [];
  if (!draft.frameworkId) errors.push({ field: 'frameworkId', message: 'Select the framework' });
  if (!draft.status) errors.push({ field: 'status', message: 'Select a decision' });
  const effectiveFrom = requireDate(draft.effectiveFrom, 'date the decision takes effect');
  if (effectiveFrom.kind === 'invalid') errors.push(dateFormError('effectiveFrom', effectiveFrom));
  const reviewDate = parseDateParts(draft.reviewDate, 'review date');
  if (reviewDate.kind === 'invalid') errors.push(dateFormError('reviewDate', reviewDate));
  if (effectiveFrom.kind === 'date' && reviewDate.kind === 'date' && reviewDate.value <= effectiveFrom.value) {
    errors.push({ field: 'reviewDate', message: 'The review date must be after the date the decision takes effect' });
  }
  if (draft.status && draft.status !== 'APPROVED' && !draft.reason) {
    errors.push({ field: 'reason', message: `Enter why the provider is ${approvalStatusWords[draft.status]}` });
  }
  if (errors.length === 0 && draft.status && effectiveFrom.kind === 'date') {
    draft.values = {
      status: draft.status,
      effectiveFrom: effectiveFrom.value,
      reviewDate: reviewDate.kind === 'date' ? reviewDate.value : null,
      reason: draft.reason || null,
    };
  }
  return { draft, errors };
}

/** An LA officer decides a provider's standing on one of the LA's frameworks: step 1, the decision. */
export function DecideApprovalPage() {
  const client = useClient();
  const navigate = useNavigate();
  const viewer = useViewer();
  const params = useParams<{ providerId: string }>();
  const [search] = useSearchParams<{ frameworkId: string }>();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [quality] = createResource(() => params.providerId, (id) => fetchProviderQuality(client, id, true));
  const [frameworks] = createResource(viewer.localAuthorityId, async (localAuthorityId) =>
    (await fetchQuery(client, OwnFrameworksDocument, { localAuthorityId })).frameworks.edges
      .map((edge) => edge.node)
      .filter((framework) => framework.latestPublishedVersion),
  );
  usePageTitle(() => (quality() ? `Decide approval – ${quality()!.name}` : 'Decide approval'), () => errors().length > 0);
  // Both read every time: a resource read only after another has loaded is missed by the navigation's transition.
  const ready = () => {
    const first = quality();
    const second = frameworks();
    return Boolean(first && second);
  };

  // A draft for another framework than the one asked for is an abandoned attempt: start afresh.
  const saved = () => {
    const draft = approvalDraftFor(params.providerId);
    const asked = singleParam(search.frameworkId);
    return draft && (!asked || draft.frameworkId === asked) ? draft : undefined;
  };
  const [picked, setPicked] = createSignal<string>();
  const chosenFrameworkId = () =>
    picked() ?? saved()?.frameworkId ?? singleParam(search.frameworkId) ?? (frameworks()?.length === 1 ? frameworks()![0].id : '');
  const standingOn = (frameworkId: string) => quality()?.approvals.find((approval) => approval.framework.id === frameworkId);
  const latestOn = (frameworkId: string) =>
    quality()?.assessments.find((assessment) => assessment.framework.id === frameworkId && assessment.status === 'COMPLETED');

  // Coming back from the check page because the API refused an answer: show why, once.
  createEffect(
    on(quality, () => {
      const refused = approvalDraftFor(params.providerId)?.errors;
      if (!refused) return;
      setErrors(refused);
      saveApprovalDraft(params.providerId, { ...approvalDraftFor(params.providerId)!, errors: undefined });
    }),
  );

  function next(form: HTMLFormElement) {
    const { draft, errors: invalid } = readApprovalForm(new FormData(form));
    saveApprovalDraft(params.providerId, draft);
    setErrors(invalid);
    if (invalid.length === 0) navigate(providerPath(params.providerId, '/approval/check'));
  }

  return (
    <RequirePermission permission={permissions.decideApprovals}>
      <BackLink href={providerPath(params.providerId, '/quality')} />
      <Show when={ready()}>
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <ErrorSummary errors={errors()} />
            <span class="govuk-caption-l">{quality()!.name}</span>
            <h1 class="govuk-heading-l">Decide approval</h1>
            <Show
              when={(frameworks() ?? []).length > 0}
              fallback={<p class="govuk-body">Your local authority has no published framework to approve providers on yet.</p>}
            >
              <form
                novalidate
                onChange={(event) => {
                  const target = event.target as HTMLInputElement;
                  if (target.name === 'frameworkId') setPicked(target.value);
                }}
                onSubmit={(event) => {
                  event.preventDefault();
                  next(event.currentTarget);
                }}
              >
                <Show
                  when={(frameworks() ?? []).length > 1}
                  fallback={<input type="hidden" name="frameworkId" value={frameworks()![0].id} />}
                >
                  <Radios
                    name="frameworkId"
                    legend="Framework"
                    items={(frameworks() ?? []).map((framework) => ({ value: framework.id, label: framework.name }))}
                    checked={chosenFrameworkId()}
                    error={errorMessageFor(errors(), 'frameworkId')}
                  />
                </Show>
                <Show when={chosenFrameworkId()}>
                  {(frameworkId) => (
                    <InsetText>
                      <p class="govuk-body">
                        <strong>{frameworks()?.find((framework) => framework.id === frameworkId())?.name}</strong>
                      </p>
                      <p class="govuk-body">
                        Now:{' '}
                        <Show when={standingOn(frameworkId())} fallback="not on this framework">
                          {(standing) => (
                            <>
                              {approvalStatuses[standing().status].label.toLowerCase()} since {formatLocalDate(standing().effectiveFrom)}
                              {standing().reviewDate ? `, review due ${formatLocalDate(standing().reviewDate!)}` : ''}
                            </>
                          )}
                        </Show>
                        .
                      </p>
                      <p class="govuk-body govuk-!-margin-bottom-0">
                        Latest completed assessment:{' '}
                        <Show when={latestOn(frameworkId())} fallback="none. Approving needs a completed assessment that is not red or fail">
                          {(latest) => (
                            <>
                              {latest().outcome ? ratings[latest().outcome!].label : ''}, {formatDate(latest().completedAt!)}
                            </>
                          )}
                        </Show>
                        .
                      </p>
                    </InsetText>
                  )}
                </Show>
                <Radios
                  name="status"
                  legend="Decision"
                  items={approvalStatusValues.map((status) => ({
                    value: status,
                    label: approvalStatuses[status].label,
                    hint: approvalStatuses[status].hint,
                  }))}
                  checked={saved()?.status || undefined}
                  error={errorMessageFor(errors(), 'status')}
                />
                <DateInput
                  id="effectiveFrom"
                  legend="Date it takes effect"
                  hint="For example, 1 9 2026"
                  value={saved()?.effectiveFrom ?? datePartsOf(todayInEngland())}
                  error={dateErrorFor(errors(), 'effectiveFrom').message}
                  errorParts={dateErrorFor(errors(), 'effectiveFrom').parts}
                />
                <DateInput
                  id="reviewDate"
                  legend="Review date (optional)"
                  hint="When the decision is to be reviewed or ends. It must be after the date it takes effect."
                  value={saved()?.reviewDate}
                  error={dateErrorFor(errors(), 'reviewDate').message}
                  errorParts={dateErrorFor(errors(), 'reviewDate').parts}
                />
                <Textarea
                  id="reason"
                  label="Reason"
                  hint="Needed for every decision except approved. Schools, other local authorities and the provider will see it."
                  value={saved()?.reason ?? ''}
                  error={errorMessageFor(errors(), 'reason')}
                />
                <Button>Continue</Button>
              </form>
            </Show>
          </div>
        </div>
      </Show>
    </RequirePermission>
  );
}
