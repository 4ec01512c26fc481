import {
  ConditionalRadios,
  DateInput,
  dateErrorFor,
  dateFormError,
  datePartsFrom,
  datePartsOf,
  errorMessageFor,
  legalBases,
  legalBasisValues,
  Radios,
  requireDate,
  Textarea,
  textField,
  todayInEngland,
  type FormError,
  type FormErrors,
  type LegalBasis,
} from '@ap/portal-kit';

// The referral's questions, shared by the new-referral journey and the pages that change a referral.

export interface ReasonAndBasis {
  reasonId: string;
  legalBasis: LegalBasis;
  parentNoticeGivenOn: string | null;
}

export const reasonAndBasisFields = ['reasonId', 'legalBasis', 'parentNoticeGivenOn'] as const;

/** Reason (census list) and legal basis; an off-site direction also asks when the parent was given notice. */
export function ReasonAndBasisFields(props: {
  reasons: readonly { id: string; label: string }[];
  value: Partial<ReasonAndBasis>;
  errors: FormErrors;
}) {
  const noticeError = () => dateErrorFor(props.errors, 'parentNoticeGivenOn');
  return (
    <>
      <Radios
        name="reasonId"
        legend="Why is the pupil being referred?"
        hint="The reason as the school census records it."
        items={props.reasons.map((reason) => ({ value: reason.id, label: reason.label }))}
        checked={props.value.reasonId}
        error={errorMessageFor(props.errors, 'reasonId')}
      />
      <ConditionalRadios
        name="legalBasis"
        legend="What is the legal basis of the placement?"
        items={legalBasisValues.map((value) => ({ value, label: legalBases[value].label, hint: legalBases[value].hint }))}
        checked={props.value.legalBasis}
        error={errorMessageFor(props.errors, 'legalBasis')}
        reveals={(value) => value === 'S29A_OFF_SITE_DIRECTION'}
      >
        <DateInput
          id="parentNoticeGivenOn"
          legend="Date written notice was given to the parent"
          hint="It must be at least 2 school days before the placement starts."
          value={datePartsOf(props.value.parentNoticeGivenOn)}
          error={noticeError().message}
          errorParts={noticeError().parts}
        />
      </ConditionalRadios>
    </>
  );
}

export function readReasonAndBasis(data: FormData): { values?: ReasonAndBasis; errors: FormError[] } {
  const reasonId = textField(data, 'reasonId');
  const legalBasis = legalBasisValues.find((value) => value === textField(data, 'legalBasis'));
  const errors: FormError[] = [];
  if (!reasonId) errors.push({ field: 'reasonId', message: 'Select why the pupil is being referred' });
  if (!legalBasis) errors.push({ field: 'legalBasis', message: 'Select the legal basis of the placement' });
  let parentNoticeGivenOn: string | null = null;
  if (legalBasis === 'S29A_OFF_SITE_DIRECTION') {
    const notice = requireDate(datePartsFrom(data, 'parentNoticeGivenOn'), 'date notice was given to the parent');
    if (notice.kind === 'invalid') errors.push(dateFormError('parentNoticeGivenOn', notice));
    else if (notice.kind === 'date' && notice.value > todayInEngland()) {
      errors.push({ field: 'parentNoticeGivenOn', message: 'The date notice was given must be today or in the past' });
    } else if (notice.kind === 'date') parentNoticeGivenOn = notice.value;
  }
  if (errors.length > 0 || !legalBasis) return { errors };
  return { values: { reasonId, legalBasis, parentNoticeGivenOn }, errors };
}

export interface Background {
  graduatedResponse: string;
  parentInvolvement: string;
  pupilViews: string;
}

export const backgroundFields = ['graduatedResponse', 'parentInvolvement', 'pupilViews'] as const;

/** What was tried already, and the parent's or carer's and the pupil's part in the decision. */
export function BackgroundFields(props: { value: Partial<Background>; errors: FormErrors }) {
  return (
    <>
      <Textarea
        id="graduatedResponse"
        label="What has the school already tried?"
        hint="The graduated response: support and interventions in school, and what difference they made."
        value={props.value.graduatedResponse}
        error={errorMessageFor(props.errors, 'graduatedResponse')}
        rows={6}
      />
      <Textarea
        id="parentInvolvement"
        label="How was the parent or carer involved in the decision?"
        hint="For example, the meeting where the placement was discussed and what they said."
        value={props.value.parentInvolvement}
        error={errorMessageFor(props.errors, 'parentInvolvement')}
      />
      <Textarea
        id="pupilViews"
        label="What are the pupil’s views?"
        hint="In their own words where you can."
        value={props.value.pupilViews}
        error={errorMessageFor(props.errors, 'pupilViews')}
      />
    </>
  );
}

export function readBackground(data: FormData): Background {
  return {
    graduatedResponse: textField(data, 'graduatedResponse').trim(),
    parentInvolvement: textField(data, 'parentInvolvement').trim(),
    pupilViews: textField(data, 'pupilViews').trim(),
  };
}

/** Blank answers go to the API as null. */
export function backgroundInput(background: Partial<Background>) {
  return {
    graduatedResponse: background.graduatedResponse || null,
    parentInvolvement: background.parentInvolvement || null,
    pupilViews: background.pupilViews || null,
  };
}
