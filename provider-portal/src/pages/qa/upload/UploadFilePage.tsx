import { useNavigate } from '@solidjs/router';
import {
  BackLink,
  Button,
  errorMessageFor,
  ErrorSummary,
  evidenceSlug,
  FileUpload,
  formatFileSize,
  formErrorsFrom,
  permissions,
  RequirePermission,
  uploadDocument,
  usePageTitle,
  useSession,
  type EvidenceType,
  type FormErrors,
} from '@ap/portal-kit';
import { createEffect, createSignal, on, Show } from 'solid-js';
import { useProviderId } from '../qa-section';
import { useEvidenceType } from './evidence-type';
import { draftFor, updateDraft } from './upload-journey';

/** File types the API accepts (documents.service.ts); it checks the bytes, this only narrows the chooser. */
const accept = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.odt';

/** Step 1 of uploading evidence: choose the document, which is uploaded straight away. */
export function UploadFilePage() {
  const session = useSession();
  const navigate = useNavigate();
  const providerId = useProviderId();
  const type = useEvidenceType();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => `Upload a file – ${type()?.title ?? 'Evidence'}`, () => errors().length > 0);

  const draft = () => (type() ? draftFor(providerId(), type()!.code) : {});

  // Coming back from "Check your answers" because the API refused the document: show why, once.
  createEffect(
    on(type, (current) => {
      const refused = current && draftFor(providerId(), current.code).fileErrors;
      if (!current || !refused) return;
      setErrors(refused);
      updateDraft(providerId(), current.code, { fileErrors: undefined });
    }),
  );

  async function upload(form: HTMLFormElement, evidenceType: EvidenceType) {
    const file = new FormData(form).get('file');
    const chosen = file instanceof File && file.name !== '' ? file : undefined;
    const next = `/qa/evidence/${evidenceSlug(evidenceType.code)}/upload/details`;
    if (!chosen) {
      if (draft().document) {
        navigate(next);
        return;
      }
      setErrors([{ field: 'file', message: 'Select a file' }]);
      return;
    }
    if (chosen.size === 0) {
      setErrors([{ field: 'file', message: 'The selected file is empty' }]);
      return;
    }
    setErrors([]);
    setBusy(true);
    const outcome = await uploadDocument(chosen);
    setBusy(false);
    if (!outcome.ok) {
      if (outcome.problems.some((problem) => problem.code === 'UNAUTHENTICATED')) void session.reload();
      setErrors(formErrorsFrom(outcome.problems.map((problem) => ({ ...problem, field: problem.field ?? 'file' })), ['file']));
      return;
    }
    updateDraft(providerId(), evidenceType.code, { document: outcome.document });
    navigate(next);
  }

  return (
    <RequirePermission permission={permissions.editQaRecord}>
      <Show when={type()}>
        {(evidenceType) => (
          <>
            <BackLink href={`/qa/evidence/${evidenceSlug(evidenceType().code)}`} />
            <div class="govuk-grid-row">
              <div class="govuk-grid-column-two-thirds">
                <ErrorSummary errors={errors()} />
                <form
                  novalidate
                  onSubmit={(event) => {
                    event.preventDefault();
                    if (!busy()) void upload(event.currentTarget, evidenceType());
                  }}
                >
                  <FileUpload
                    id="file"
                    label="Upload a file"
                    labelIsPageHeading
                    caption={evidenceType().title}
                    hint={`${evidenceType().guidance} The file must be a PDF, PNG, JPEG, DOCX, XLSX or ODT file smaller than 10MB.`}
                    accept={accept}
                    error={errorMessageFor(errors(), 'file')}
                  />
                  <Show when={draft().document}>
                    {(document) => (
                      <p class="govuk-body">
                        You have already uploaded {document().filename} ({formatFileSize(document().size)}). Choose another file
                        to replace it, or continue to keep it.
                      </p>
                    )}
                  </Show>
                  <Button busy={busy()}>{busy() ? 'Uploading…' : 'Continue'}</Button>
                </form>
              </div>
            </div>
          </>
        )}
      </Show>
    </RequirePermission>
  );
}
