import {
  BackLink,
  Button,
  ButtonGroup,
  ErrorSummary,
  errorMessageFor,
  FileUpload,
  formErrorsFrom,
  NotificationBanner,
  permissions,
  RequirePermission,
  runMutation,
  Table,
  usePageTitle,
  WarningText,
  type FormErrors,
  type TableColumn,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createSignal, For, Show } from 'solid-js';
import type { ImportPupilsMutation } from '../../gql/graphql';
import { ImportPupilsDocument } from './pupils.data';

type ImportReport = ImportPupilsMutation['importPupils'];
type RejectedRow = ImportReport['rejected'][number];

/** The API's body limit leaves room for a file this size (the API says the same if it gets a bigger one). */
const MAX_FILE_BYTES = 900 * 1024;

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

const rejectedColumns: TableColumn<RejectedRow>[] = [
  { header: 'Line', numeric: true, cell: (row) => row.line },
  { header: 'UPN', cell: (row) => row.upn ?? <span class="app-secondary-text">None</span> },
  {
    header: 'Problems',
    cell: (row) => (
      <ul class="govuk-list">
        <For each={row.problems}>{(problem) => <li>{problem.message}</li>}</For>
      </ul>
    ),
  },
];

/** Why the chosen file cannot be sent, or undefined when it can. */
function fileProblem(file: File | undefined): string | undefined {
  if (!file) return 'Select a CSV file';
  if (!/\.csv$/i.test(file.name)) return 'The selected file must be a CSV';
  if (file.size === 0) return 'The selected file is empty';
  if (file.size > MAX_FILE_BYTES) return 'The selected file must be smaller than 900 KB';
  return undefined;
}

/** Adds and updates pupils from a CSV export of the school's MIS, showing what happened to every row. */
export function ImportPupilsPage() {
  const client = useClient();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  const [csv, setCsv] = createSignal('');
  const [report, setReport] = createSignal<ImportReport>();
  usePageTitle(() => 'Import pupils from your MIS', () => errors().length > 0);

  const validRows = () => (report() ? report()!.rows - report()!.rejected.length : 0);

  async function send(text: string, skipInvalidRows: boolean) {
    setBusy(true);
    const outcome = await runMutation(client, ImportPupilsDocument, { input: { csv: text, skipInvalidRows } });
    setBusy(false);
    setReport(outcome.ok ? outcome.data.importPupils : undefined);
    setErrors(outcome.ok ? [] : formErrorsFrom(outcome.problems, ['csv']));
  }

  async function choose(form: HTMLFormElement) {
    const file = (form.elements.namedItem('csv') as HTMLInputElement).files?.[0];
    const problem = fileProblem(file);
    if (problem) {
      setReport(undefined);
      setErrors([{ field: 'csv', message: problem }]);
      return;
    }
    const text = await file!.text();
    setCsv(text);
    await send(text, false);
  }

  return (
    <RequirePermission permission={permissions.managePupils}>
      <BackLink href="/pupils" />
      <Show when={report()?.applied && report()} keyed>
        {(done) => (
          <NotificationBanner type="success" heading={`${plural(done.created, 'pupil')} added and ${plural(done.updated, 'pupil')} updated`}>
            <Show when={done.rejected.length > 0}>
              <p class="govuk-body">
                {plural(done.rejected.length, 'row was', 'rows were')} skipped: correct them in your MIS and import the file again.
              </p>
            </Show>
          </NotificationBanner>
        )}
      </Show>
      <ErrorSummary errors={errors()} />
      <h1 class="govuk-heading-l">Import pupils from your MIS</h1>
      <Show when={report()}>
        {(found) => (
          <Show when={found().rejected.length > 0}>
            <Show when={!found().applied}>
              <WarningText>
                Nothing has been imported: {plural(found().rejected.length, 'row')} of {found().rows} cannot be imported.
              </WarningText>
            </Show>
            <Table caption={found().applied ? 'Rows skipped' : 'Rows with problems'} columns={rejectedColumns} rows={found().rejected} small />
            <Show when={!found().applied && validRows() > 0}>
              <ButtonGroup>
                <Button busy={busy()} type="button" onClick={() => void send(csv(), true)}>
                  Import the {plural(validRows(), 'valid row')} and skip {found().rejected.length}
                </Button>
              </ButtonGroup>
            </Show>
          </Show>
        )}
      </Show>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <p class="govuk-body">
            Export your pupils from your management information system (MIS) as a CSV file with a header row. Pupils already on
            your roll, matched by UPN, are updated; the others are added.
          </p>
          <p class="govuk-body">The file needs these columns, in any order:</p>
          <ul class="govuk-list govuk-list--bullet">
            <li>UPN</li>
            <li>Legal Surname (or Surname) and Legal Forename (or Forename)</li>
            <li>DOB (or Date of Birth), as DD/MM/YYYY</li>
            <li>Sex (or Gender): F, M or U</li>
            <li>Year (or Year Group, NC Year): R for Reception, or 1 to 13</li>
          </ul>
          <p class="govuk-body">
            It may also have Preferred Forename, Preferred Surname, SEN Status (E for an EHC plan, K for SEN support, N for none)
            and Looked After (Y or N).
          </p>
          <form
            novalidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy()) void choose(event.currentTarget);
            }}
          >
            <FileUpload id="csv" label="Upload a CSV file" hint="Up to 5,000 pupils and 900 KB" accept=".csv,text/csv" error={errorMessageFor(errors(), 'csv')} />
            <Button busy={busy()}>Check and import</Button>
          </form>
        </div>
      </div>
    </RequirePermission>
  );
}
