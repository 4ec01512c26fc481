import { useParams } from '@solidjs/router';
import { useClient } from '@urql/solid';
import type { JSX } from 'solid-js';
import { createResource, createSignal, For, Show } from 'solid-js';
import { BackLink } from '../components/BackLink';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/Textarea';
import { textField } from '../forms/form-data';
import { errorMessageFor, formErrorsFrom, type FormError, type FormErrors } from '../forms/form-errors';
import type { ApiProblem } from '../graphql/errors';
import { usePageTitle } from '../portal/page-title';
import { fetchMonitoringContext, fetchProgressReport, type MonitoringContext } from './monitoring.data';
import { ProgressReportSheet } from './MonitoringViews';
import { PrintButton } from './RecordSheet';

/** A placement's page, the same path in both portals: `/placements/:placementId` and below. */
export const placementPath = (placementId: string, rest = '') => `/placements/${encodeURIComponent(placementId)}${rest}`;

/** The placement of the page's :placementId, as the monitoring forms need it. */
export function useMonitoringContext() {
  const client = useClient();
  const params = useParams<{ placementId: string }>();
  const [context] = createResource(() => params.placementId, (id) => fetchMonitoringContext(client, id));
  return { context, placementId: () => params.placementId, path: (rest = '') => placementPath(params.placementId, rest) };
}

/** A form's errors and whether it is being sent, with the page title following the errors. */
export function useFormState(title: () => string) {
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(title, () => errors().length > 0);
  return {
    errors,
    busy,
    /** Shows the browser-side problems; true when there are none and the form may be sent. */
    checked(invalid: FormError[]): boolean {
      setErrors(invalid);
      return invalid.length === 0;
    },
    /** Sends the form once; the server's problems are linked to the fields named in `fields`. */
    async send(work: () => Promise<readonly ApiProblem[] | undefined>, fields: readonly string[]): Promise<void> {
      setBusy(true);
      const problems = await work();
      setBusy(false);
      if (problems) setErrors(formErrorsFrom(problems, fields));
    },
  };
}

/**
 * Problems the server found in one entry of a list it was sent (`objectiveProgress[1].progress`),
 * moved onto the form field of that entry's item (`progress-<objective id>`).
 */
export function problemsOnEntries(problems: readonly ApiProblem[], list: string, itemIds: readonly string[], fieldOf: (itemId: string) => string): ApiProblem[] {
  const entry = new RegExp(`^${list}\\[(\\d+)\\]`);
  return problems.map((problem) => {
    const index = entry.exec(problem.field ?? '')?.[1];
    const itemId = index === undefined ? undefined : itemIds[Number(index)];
    return itemId ? { ...problem, field: fieldOf(itemId) } : problem;
  });
}

/** A long written answer of a record's form (a proforma's notes, a report's sections). */
export interface WrittenAnswer {
  id: string;
  label: string;
  /** The error when it is left blank; optional answers have none. */
  missing?: string;
}

/** The required answers left blank, in the form's order. */
export function missingAnswers(data: FormData, answers: readonly WrittenAnswer[]): FormError[] {
  return answers.filter((answer) => answer.missing && !textField(data, answer.id).trim()).map((answer) => ({ field: answer.id, message: answer.missing! }));
}

/** The written answers as text areas, each with its error. */
export function WrittenAnswers(props: { answers: readonly WrittenAnswer[]; errors: FormErrors; rows?: number }) {
  return (
    <For each={props.answers}>
      {(answer) => (
        <Textarea
          id={answer.id}
          label={answer.missing ? answer.label : `${answer.label} (optional)`}
          rows={props.rows ?? 4}
          error={errorMessageFor(props.errors, answer.id)}
        />
      )}
    </For>
  );
}

export interface MonitoringFormPageProps {
  title: string;
  /** The placement the form is about: its pupil and provider head the page. */
  context: MonitoringContext;
  errors: FormErrors;
  busy: boolean;
  submitText: string;
  onSubmit: (form: HTMLFormElement) => void;
  children: JSX.Element;
}

/** The frame of each monitoring form: back to the placement, errors, the pupil and provider, and the send button. */
export function MonitoringFormPage(props: MonitoringFormPageProps) {
  return (
    <>
      <BackLink href={placementPath(props.context.id)} text="Back to the placement" />
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary errors={props.errors} />
          <span class="govuk-caption-l">
            {props.context.pupilSummary.name} at {props.context.provider.name}
          </span>
          <h1 class="govuk-heading-l">{props.title}</h1>
          <form
            novalidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!props.busy) props.onSubmit(event.currentTarget);
            }}
          >
            {props.children}
            <Button busy={props.busy}>{props.submitText}</Button>
          </form>
        </div>
      </div>
    </>
  );
}

/** A provider's termly review, printable: the same page for the school, the LA and the provider. */
export function ProgressReportPage() {
  const client = useClient();
  const params = useParams<{ placementId: string; reportId: string }>();
  const [report] = createResource(() => params.reportId, (id) => fetchProgressReport(client, id));
  usePageTitle(() => (report() ? `Progress report on ${report()!.placement.pupilSummary.name}` : 'Progress report'));
  return (
    <>
      <BackLink href={placementPath(params.placementId)} text="Back to the placement" />
      <Show when={report()}>
        {(loaded) => (
          <>
            <span class="govuk-caption-l">{loaded().placement.provider.name}</span>
            <h1 class="govuk-heading-l">Progress report on {loaded().placement.pupilSummary.name}</h1>
            <PrintButton />
            <ProgressReportSheet report={loaded()} />
          </>
        )}
      </Show>
    </>
  );
}
