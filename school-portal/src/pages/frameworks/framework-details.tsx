import {
  errorMessageFor,
  parseWholeNumber,
  Radios,
  ratingScales,
  Textarea,
  TextInput,
  textField,
  type FormError,
  type FormErrors,
} from '@ap/portal-kit';
import type { QaRatingScale } from '../../gql/graphql';

export interface FrameworkDetails {
  name: string;
  description: string;
  ratingScale: QaRatingScale;
  visitsPerYear: number | null;
  monthsBetweenVisits: number | null;
}

export const frameworkDetailFields = ['name', 'description', 'ratingScale', 'visitsPerYear', 'monthsBetweenVisits'];

const scales = Object.keys(ratingScales) as QaRatingScale[];

const scaleHints: Record<QaRatingScale, string> = {
  RAG: 'Amber and red criteria need an action in the plan. Only amber and green providers can be approved.',
  PASS_FAIL: 'Failed criteria need an action in the plan. Only providers who pass can be approved.',
};

function readCount(errors: FormError[], form: FormData, field: string, label: string, max: number): number | null {
  const parsed = parseWholeNumber(textField(form, field));
  if (parsed.kind === 'invalid' || (parsed.kind === 'number' && (parsed.value < 1 || parsed.value > max))) {
    errors.push({ field, message: `${label} must be a whole number between 1 and ${max}` });
  }
  return parsed.kind === 'number' ? parsed.value : null;
}

/** Reads the framework's details; the API checks them again (and that the name is free in the LA). */
export function readFrameworkDetails(form: FormData): { errors: FormError[]; details: FrameworkDetails | undefined } {
  const errors: FormError[] = [];
  const name = textField(form, 'name').trim();
  const description = textField(form, 'description').trim();
  const scale = textField(form, 'ratingScale');
  if (!name) errors.push({ field: 'name', message: 'Enter the framework name' });
  if (!scales.includes(scale as QaRatingScale)) errors.push({ field: 'ratingScale', message: 'Select how criteria are rated' });
  const visitsPerYear = readCount(errors, form, 'visitsPerYear', 'Visits a year', 12);
  const monthsBetweenVisits = readCount(errors, form, 'monthsBetweenVisits', 'Months between visits', 60);
  const frequencyErrors = errors.some((error) => error.field === 'visitsPerYear' || error.field === 'monthsBetweenVisits');
  if (!frequencyErrors && visitsPerYear === null && monthsBetweenVisits === null) {
    errors.push({ field: 'visitsPerYear', message: 'Enter how many QA visits a provider gets each year, or the months between visits' });
  }
  if (!frequencyErrors && visitsPerYear !== null && monthsBetweenVisits !== null) {
    errors.push({ field: 'visitsPerYear', message: 'Enter visits a year or months between visits, not both' });
  }
  if (errors.length > 0) return { errors, details: undefined };
  return { errors, details: { name, description, ratingScale: scale as QaRatingScale, visitsPerYear, monthsBetweenVisits } };
}

/** The fields of a framework's details: name, purpose, rating scale and how often providers are visited. */
export function FrameworkDetailsFields(props: { details?: Partial<FrameworkDetails>; errors: FormErrors }) {
  const error = (field: string) => errorMessageFor(props.errors, field);
  return (
    <>
      <TextInput id="name" label="Framework name" hint="For example, DMBC QA Framework" value={props.details?.name ?? ''} error={error('name')} />
      <Textarea
        id="description"
        label="What the framework is for (optional)"
        hint="Who it applies to and how schools use it. Schools and providers see this."
        value={props.details?.description ?? ''}
        error={error('description')}
      />
      <Radios
        name="ratingScale"
        legend="How are criteria rated?"
        items={scales.map((scale) => ({ value: scale, label: ratingScales[scale].label, hint: scaleHints[scale] }))}
        checked={props.details?.ratingScale}
        error={error('ratingScale')}
      />
      <fieldset class="govuk-fieldset govuk-!-margin-bottom-6" aria-describedby="frequency-hint">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">How often are providers visited?</legend>
        <div id="frequency-hint" class="govuk-hint">
          Give one of these, not both.
        </div>
        <TextInput
          id="visitsPerYear"
          label="QA visits a year"
          hint="For example, 2 for up to two visits a year"
          inputmode="numeric"
          width={3}
          value={props.details?.visitsPerYear?.toString() ?? ''}
          error={error('visitsPerYear')}
        />
        <TextInput
          id="monthsBetweenVisits"
          label="Or months between visits"
          hint="For example, 18"
          inputmode="numeric"
          width={3}
          value={props.details?.monthsBetweenVisits?.toString() ?? ''}
          error={error('monthsBetweenVisits')}
        />
      </fieldset>
    </>
  );
}
