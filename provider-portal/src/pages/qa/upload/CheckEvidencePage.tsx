import { Navigate, useNavigate } from '@solidjs/router';
import {
  BackLink,
  Button,
  defaultExpiry,
  evidenceAnswerFields,
  evidenceDetailRows,
  ErrorSummary,
  evidenceSlug,
  formatFileSize,
  formatLocalDate,
  formErrorsFrom,
  noticeState,
  permissions,
  RequirePermission,
  runMutation,
  SummaryList,
  usePageTitle,
  useSession,
  type EvidenceType,
  type FormErrors,
  type SummaryListRow,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createSignal, Show } from 'solid-js';
import { graphql } from '../../../gql';
import { useProviderId } from '../qa-section';
import { useEvidenceType } from './evidence-type';
import { discardDraft, draftFor, updateDraft, type EvidenceDraft } from './upload-journey';

const AddEvidenceVersionDocument = graphql(`
  mutation AddEvidenceVersion($input: AddEvidenceVersionInput!) {
    addEvidenceVersion(input: $input) {
      status
      currentVersion {
        id
        number
      }
    }
  }
`);

/** Step 3 of uploading evidence: check the answers, then add the version (it cannot be changed afterwards). */
export function CheckEvidencePage() {
  const client = useClient();
  const session = useSession();
  const navigate = useNavigate();
  const providerId = useProviderId();
  const type = useEvidenceType();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Check your answers before adding this evidence', () => errors().length > 0);

  const draft = () => (type() ? draftFor(providerId(), type()!.code) : {});

  function rows(evidenceType: EvidenceType, current: Required<Pick<EvidenceDraft, 'document' | 'values'>>): SummaryListRow[] {
    const base = `/qa/evidence/${evidenceSlug(evidenceType.code)}/upload`;
    const change = (what: string, href = `${base}/details`) => ({ href, text: 'Change', visuallyHiddenText: what });
    const values = current.values;
    return [
      {
        key: 'Document',
        value: `${current.document.filename} (${formatFileSize(current.document.size)})`,
        action: change('document', base),
      },
      ...(evidenceType.issuerLabel
        ? [{ key: evidenceType.issuerLabel, value: values.issuer ?? '', action: change(evidenceType.issuerLabel.toLowerCase()) }]
        : []),
      { key: 'Start date', value: formatLocalDate(values.validFrom), action: change('start date') },
      {
        key: 'Expiry or review date',
        value: values.expiresOn
          ? formatLocalDate(values.expiresOn)
          : `${formatLocalDate(defaultExpiry(values.validFrom, evidenceType.renewalMonths))} (the usual ${evidenceType.renewalMonths}-month cycle)`,
        action: change('expiry or review date'),
      },
      ...evidenceDetailRows(values).map((row) => ({ ...row, action: change(row.key.toLowerCase()) })),
    ];
  }

  async function add(evidenceType: EvidenceType, current: Required<Pick<EvidenceDraft, 'document' | 'values'>>) {
    setBusy(true);
    const outcome = await runMutation(client, AddEvidenceVersionDocument, {
      input: { type: evidenceType.code, documentId: current.document.id, ...current.values },
    });
    setBusy(false);
    const base = `/qa/evidence/${evidenceSlug(evidenceType.code)}`;
    if (outcome.ok) {
      discardDraft(providerId(), evidenceType.code);
      navigate(base, { state: noticeState(`${evidenceType.title}: version ${outcome.data.addEvidenceVersion.currentVersion?.number ?? ''} added`) });
      return;
    }
    if (outcome.problems.some((problem) => problem.code === 'UNAUTHENTICATED')) void session.reload();
    // Send each problem to the page where it can be put right.
    const answerErrors = formErrorsFrom(outcome.problems, evidenceAnswerFields).filter((error) => error.field);
    if (answerErrors.length > 0) {
      updateDraft(providerId(), evidenceType.code, { answerErrors });
      navigate(`${base}/upload/details`);
      return;
    }
    const fileErrors = outcome.problems
      .filter((problem) => problem.field === 'documentId')
      .map((problem) => ({ field: 'file', message: problem.message }));
    if (fileErrors.length > 0) {
      updateDraft(providerId(), evidenceType.code, { fileErrors, document: undefined });
      navigate(`${base}/upload`);
      return;
    }
    setErrors(formErrorsFrom(outcome.problems, []));
  }

  const complete = () => {
    const current = draft();
    return current.document && current.values ? { document: current.document, values: current.values } : undefined;
  };

  return (
    <RequirePermission permission={permissions.editQaRecord}>
      <Show when={type()}>
        {(evidenceType) => (
          <Show when={complete()} fallback={<Navigate href={`/qa/evidence/${evidenceSlug(evidenceType().code)}/upload`} />}>
            {(current) => (
              <>
                <BackLink href={`/qa/evidence/${evidenceSlug(evidenceType().code)}/upload/details`} />
                <div class="govuk-grid-row">
                  <div class="govuk-grid-column-two-thirds">
                    <ErrorSummary errors={errors()} />
                    <span class="govuk-caption-l">{evidenceType().title}</span>
                    <h1 class="govuk-heading-l">Check your answers before adding this evidence</h1>
                    <SummaryList rows={rows(evidenceType(), current())} />
                    <h2 class="govuk-heading-m">Now add the evidence</h2>
                    <p class="govuk-body">
                      Once added, this version cannot be changed. Schools and local authorities will see its details and
                      status; local authorities can also open the document. Earlier versions stay in the history.
                    </p>
                    <Button type="button" busy={busy()} onClick={() => void add(evidenceType(), current())}>
                      Add evidence
                    </Button>
                  </div>
                </div>
              </>
            )}
          </Show>
        )}
      </Show>
    </RequirePermission>
  );
}
