import { Navigate, useNavigate } from '@solidjs/router';
import {
  BackLink,
  Button,
  checkEvidenceAnswers,
  Checkboxes,
  DateInput,
  dateErrorFor,
  datePartsFrom,
  emptyEvidenceAnswers,
  errorMessageFor,
  ErrorSummary,
  evidenceSlug,
  formatPounds,
  permissions,
  RequirePermission,
  TextInput,
  textField,
  ticked,
  todayInEngland,
  usePageTitle,
  type EvidenceAnswers,
  type EvidenceType,
  type FormErrors,
} from '@ap/portal-kit';
import { createEffect, createSignal, on, Show } from 'solid-js';
import { useProviderId } from '../qa-section';
import { useEvidenceType } from './evidence-type';
import { draftFor, updateDraft } from './upload-journey';

function answersFrom(form: FormData): EvidenceAnswers {
  return {
    issuer: textField(form, 'issuer'),
    validFrom: datePartsFrom(form, 'validFrom'),
    expiresOn: datePartsFrom(form, 'expiresOn'),
    coverAmount: textField(form, 'coverAmount'),
    kcsieYear: textField(form, 'kcsieYear'),
    reportsChangesUndertaking: ticked(form, 'reportsChangesUndertaking').includes('true'),
    trainedStaffCount: textField(form, 'trainedStaffCount'),
    courseName: textField(form, 'courseName'),
  };
}

/** Step 2 of uploading evidence: who issued it, its dates, and the facts its type records. */
export function EvidenceAnswersPage() {
  const navigate = useNavigate();
  const providerId = useProviderId();
  const type = useEvidenceType();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  usePageTitle(() => `Evidence details – ${type()?.title ?? 'Evidence'}`, () => errors().length > 0);

  const draft = () => (type() ? draftFor(providerId(), type()!.code) : {});
  const answers = () => draft().answers ?? emptyEvidenceAnswers();
  const needs = (detail: EvidenceType['details'][number]) => type()?.details.includes(detail) ?? false;
  const error = (field: string) => errorMessageFor(errors(), field);

  // Coming back from "Check your answers" because the API refused an answer: show why, once.
  createEffect(
    on(type, (current) => {
      const refused = current && draftFor(providerId(), current.code).answerErrors;
      if (!current || !refused) return;
      setErrors(refused);
      updateDraft(providerId(), current.code, { answerErrors: undefined });
    }),
  );

  function next(form: HTMLFormElement, evidenceType: EvidenceType) {
    const typed = answersFrom(new FormData(form));
    const { errors: invalid, values } = checkEvidenceAnswers(evidenceType, typed, todayInEngland());
    updateDraft(providerId(), evidenceType.code, { answers: typed, values });
    setErrors(invalid);
    if (invalid.length === 0) navigate(`/qa/evidence/${evidenceSlug(evidenceType.code)}/upload/check`);
  }

  return (
    <RequirePermission permission={permissions.editQaRecord}>
      <Show when={type()}>
        {(evidenceType) => (
          <Show when={draft().document} fallback={<Navigate href={`/qa/evidence/${evidenceSlug(evidenceType().code)}/upload`} />}>
            <BackLink href={`/qa/evidence/${evidenceSlug(evidenceType().code)}/upload`} />
            <div class="govuk-grid-row">
              <div class="govuk-grid-column-two-thirds">
                <ErrorSummary errors={errors()} />
                <span class="govuk-caption-l">{evidenceType().title}</span>
                <h1 class="govuk-heading-l">Evidence details</h1>
                <form
                  novalidate
                  onSubmit={(event) => {
                    event.preventDefault();
                    next(event.currentTarget, evidenceType());
                  }}
                >
                  <Show when={evidenceType().issuerLabel}>
                    {(issuerLabel) => (
                      <TextInput id="issuer" label={issuerLabel()} hint="As it appears on the document." value={answers().issuer} error={error('issuer')} />
                    )}
                  </Show>
                  <DateInput
                    id="validFrom"
                    legend="Start date"
                    hint="The first day it applies, such as the policy start date or the date of the training. For example, 1 4 2026"
                    value={answers().validFrom}
                    error={dateErrorFor(errors(), 'validFrom').message}
                    errorParts={dateErrorFor(errors(), 'validFrom').parts}
                  />
                  <DateInput
                    id="expiresOn"
                    legend="Expiry or review date (optional)"
                    hint={`The last day it applies: the expiry date, or the date the next review is due. Leave this blank to use the usual ${evidenceType().renewalMonths}-month cycle.`}
                    value={answers().expiresOn}
                    error={dateErrorFor(errors(), 'expiresOn').message}
                    errorParts={dateErrorFor(errors(), 'expiresOn').parts}
                  />
                  <Show when={needs('COVER_AMOUNT')}>
                    <TextInput
                      id="coverAmount"
                      label="Amount of cover"
                      hint={
                        evidenceType().minimumCoverAmount
                          ? `In pounds. It must be at least ${formatPounds(evidenceType().minimumCoverAmount!)}.`
                          : 'In pounds, for example 5,000,000.'
                      }
                      prefix="£"
                      inputmode="numeric"
                      width={10}
                      spellcheck={false}
                      value={answers().coverAmount}
                      error={error('coverAmount')}
                    />
                  </Show>
                  <Show when={needs('KCSIE_YEAR')}>
                    <TextInput
                      id="kcsieYear"
                      label="Which edition of Keeping children safe in education (KCSIE) do the checks follow?"
                      hint="The year of the edition, for example 2025."
                      inputmode="numeric"
                      width={4}
                      value={answers().kcsieYear}
                      error={error('kcsieYear')}
                    />
                  </Show>
                  <Show when={needs('REPORTS_CHANGES_UNDERTAKING')}>
                    <Checkboxes
                      name="reportsChangesUndertaking"
                      legend="Undertaking"
                      hint="Keeping children safe in education asks providers to tell commissioners about arrangements that may put a child at risk."
                      items={[
                        {
                          value: 'true',
                          label:
                            'We will tell commissioning schools and local authorities about anything that may put a child at risk, such as staff changes',
                        },
                      ]}
                      checked={answers().reportsChangesUndertaking ? ['true'] : []}
                      error={error('reportsChangesUndertaking')}
                    />
                  </Show>
                  <Show when={needs('TRAINED_STAFF_COUNT')}>
                    <TextInput
                      id="trainedStaffCount"
                      label="How many staff are trained?"
                      inputmode="numeric"
                      width={3}
                      value={answers().trainedStaffCount}
                      error={error('trainedStaffCount')}
                    />
                  </Show>
                  <Show when={needs('COURSE_NAME')}>
                    <TextInput
                      id="courseName"
                      label="Course name"
                      hint="Team Teach or an equivalent course, for example Team Teach Positive Behaviour Training – Foundation."
                      value={answers().courseName}
                      error={error('courseName')}
                    />
                  </Show>
                  <Button>Continue</Button>
                </form>
              </div>
            </div>
          </Show>
        )}
      </Show>
    </RequirePermission>
  );
}
