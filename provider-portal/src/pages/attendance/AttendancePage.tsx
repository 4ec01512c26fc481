import { useSearchParams } from '@solidjs/router';
import {
  absenceReasons,
  attendanceMarks,
  Button,
  ButtonGroup,
  cellFieldId,
  cellKey,
  checkMarks,
  describeCell,
  EMPTY_CELL,
  errorMessageFor,
  ErrorSummary,
  fetchQuery,
  formatLocalDate,
  formatSessionHeading,
  formErrorsFrom,
  gridRange,
  markAllPresent,
  NotificationBanner,
  permissions,
  problemsOnCells,
  RequirePermission,
  runMutation,
  sessionColumns,
  singleParam,
  TextInput,
  todayInEngland,
  usePageTitle,
  type AbsenceReasonValue,
  type AttendanceMarkValue,
  type CellValue,
  type FormErrors,
  type GridCell,
  type GridView,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createEffect, createResource, createSignal, For, on, Show, type JSX } from 'solid-js';
import type { AttendanceGridQuery } from '../../gql/graphql';
import { AttendanceGridDocument, RecordSessionMarksDocument } from './attendance.data';

type Grid = AttendanceGridQuery['attendanceGrid'];
type Row = Grid['rows'][number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CORRECTION_FIELD = 'correctionReason';

/** The values the grid starts from: the marks already recorded. */
function recordedValues(grid: Grid): Record<string, CellValue> {
  const values: Record<string, CellValue> = {};
  for (const row of grid.rows) {
    for (const cell of row.cells) {
      if (!cell.mark) continue;
      values[cellKey({ placementId: row.placement.id, ...cell })] = {
        mark: cell.mark.mark,
        absenceReason: cell.mark.absenceReason ?? '',
        minutesLate: cell.mark.minutesLate ? String(cell.mark.minutesLate) : '',
      };
    }
  }
  return values;
}

function markableCells(grid: Grid): GridCell[] {
  return grid.rows.flatMap((row) => row.cells.map((cell) => ({ placementId: row.placement.id, pupilName: row.placement.pupilSummary.name, date: cell.date, session: cell.session })));
}

/** The provider's register: every active placement's sessions for a day or a week, marked and saved together. */
export function AttendancePage() {
  const client = useClient();
  const [params, setParams] = useSearchParams();
  const view = (): GridView => (singleParam(params.view) === 'week' ? 'week' : 'day');
  const date = (): string => {
    const chosen = singleParam(params.date);
    return chosen && ISO_DATE.test(chosen) ? chosen : todayInEngland();
  };
  const [grid, { refetch }] = createResource(
    () => gridRange(view(), date()),
    async (range) => (await fetchQuery(client, AttendanceGridDocument, { input: range })).attendanceGrid,
  );
  const [values, setValues] = createSignal<Record<string, CellValue>>({});
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  const [saved, setSaved] = createSignal<string>();
  usePageTitle(() => 'Attendance', () => errors().length > 0);
  createEffect(on(grid, (loaded) => loaded && setValues(recordedValues(loaded))));

  const valueOf = (cell: GridCell) => values()[cellKey(cell)] ?? EMPTY_CELL;
  const change = (cell: GridCell, patch: Partial<CellValue>) => setValues({ ...values(), [cellKey(cell)]: { ...valueOf(cell), ...patch } });

  function show(form: HTMLFormElement) {
    const data = new FormData(form);
    const chosen = String(data.get('date') ?? '');
    setSaved(undefined);
    setErrors([]);
    setParams({ date: ISO_DATE.test(chosen) ? chosen : todayInEngland(), view: data.get('view') === 'week' ? 'week' : 'day' });
  }

  async function save(form: HTMLFormElement, loaded: Grid) {
    setSaved(undefined);
    const cells = markableCells(loaded);
    const correctionReason = String(new FormData(form).get(CORRECTION_FIELD) ?? '');
    const checked = checkMarks(cells, values(), correctionReason, todayInEngland());
    if (checked.marks.length === 0) checked.errors.push({ message: 'Choose a mark for at least one session' });
    setErrors(checked.errors);
    if (checked.errors.length > 0) return;
    setBusy(true);
    const result = await runMutation(client, RecordSessionMarksDocument, { input: { marks: checked.marks } });
    setBusy(false);
    if (!result.ok) {
      const problems = problemsOnCells(result.problems, checked.sent, CORRECTION_FIELD);
      setErrors(formErrorsFrom(problems, [CORRECTION_FIELD, ...cells.flatMap((cell) => (['mark', 'absenceReason', 'minutesLate'] as const).map((c) => cellFieldId(cell, c)))]));
      return;
    }
    setErrors([]);
    setSaved(`Attendance saved for ${checked.marks.length} ${checked.marks.length === 1 ? 'session' : 'sessions'}`);
    void refetch();
  }

  return (
    <RequirePermission permission={permissions.recordAttendance}>
      <Show when={saved()}>{(notice) => <NotificationBanner type="success" heading={notice()} />}</Show>
      <ErrorSummary errors={errors()} />
      <h1 class="govuk-heading-l">Attendance</h1>
      <p class="govuk-body">
        Mark each pupil’s morning and afternoon sessions. The school sees the marks straight away and is alerted to absences.
      </p>
      <form
        class="app-attendance-range"
        onSubmit={(event) => {
          event.preventDefault();
          show(event.currentTarget);
        }}
      >
        <div class="govuk-form-group">
          <label class="govuk-label" for="date">
            Date
          </label>
          <input class="govuk-input govuk-input--width-10" id="date" name="date" type="date" value={date()} max={todayInEngland()} />
        </div>
        <div class="govuk-form-group">
          <fieldset class="govuk-fieldset">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Show</legend>
            <div class="govuk-radios govuk-radios--small govuk-radios--inline" data-module="govuk-radios">
              <For each={[{ value: 'day', label: 'That day' }, { value: 'week', label: 'Its week' }]}>
                {(item) => (
                  <div class="govuk-radios__item">
                    <input class="govuk-radios__input" id={`view-${item.value}`} name="view" type="radio" value={item.value} checked={view() === item.value} />
                    <label class="govuk-label govuk-radios__label" for={`view-${item.value}`}>
                      {item.label}
                    </label>
                  </div>
                )}
              </For>
            </div>
          </fieldset>
        </div>
        <Button variant="secondary">Show sessions</Button>
      </form>
      <Show when={grid()}>
        {(loaded) => (
          <Show
            when={markableCells(loaded()).length > 0}
            fallback={<p class="govuk-body">No active placement has a session to mark {view() === 'day' ? `on ${formatLocalDate(date())}` : 'that week'} (future sessions are marked on the day).</p>}
          >
            <form
              novalidate
              onSubmit={(event) => {
                event.preventDefault();
                void save(event.currentTarget, loaded());
              }}
            >
              <ButtonGroup>
                <Button type="button" variant="secondary" onClick={() => setValues(markAllPresent(values(), markableCells(loaded())))}>
                  Mark all present
                </Button>
              </ButtonGroup>
              <p class="govuk-hint">“Mark all present” fills every session that has no mark yet; marks already chosen stay.</p>
              <AttendanceTable grid={loaded()} errors={errors()} valueOf={valueOf} onChange={change} />
              <TextInput
                id={CORRECTION_FIELD}
                label="Reason for correcting marks of earlier days"
                hint="Needed only if you changed a mark of an earlier day, for example “Parent phoned back: illness”."
                error={errorMessageFor(errors(), CORRECTION_FIELD)}
              />
              <Button busy={busy()}>Save attendance</Button>
            </form>
          </Show>
        )}
      </Show>
    </RequirePermission>
  );
}

interface AttendanceTableProps {
  grid: Grid;
  errors: FormErrors;
  valueOf: (cell: GridCell) => CellValue;
  onChange: (cell: GridCell, patch: Partial<CellValue>) => void;
}

/** Rows are pupils, columns are sessions; each timetabled session has a mark, and a reason or minutes when needed. */
function AttendanceTable(props: AttendanceTableProps) {
  const columns = () => sessionColumns(props.grid.rows);
  return (
    <div class="app-table-scroll" style={{ 'overflow-x': 'auto' }}>
      <table class="govuk-table app-table--small">
        <caption class="govuk-table__caption govuk-table__caption--m">Sessions</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">
              Pupil
            </th>
            <For each={columns()}>
              {(column) => (
                <th scope="col" class="govuk-table__header">
                  {formatSessionHeading(column.date, column.session)}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          <For each={props.grid.rows}>
            {(row) => (
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header">
                  {row.placement.pupilSummary.name}
                </th>
                <For each={columns()}>
                  {(column) => (
                    <td class="govuk-table__cell">
                      <Show when={row.cells.find((cell) => cell.date === column.date && cell.session === column.session)} fallback={<NotTimetabled />}>
                        <MarkCell
                          row={row}
                          cell={{ placementId: row.placement.id, pupilName: row.placement.pupilSummary.name, ...column }}
                          errors={props.errors}
                          valueOf={props.valueOf}
                          onChange={props.onChange}
                        />
                      </Show>
                    </td>
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

function NotTimetabled() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span class="govuk-visually-hidden">Not timetabled</span>
    </>
  );
}

function MarkCell(props: Omit<AttendanceTableProps, 'grid'> & { row: Row; cell: GridCell }) {
  const value = () => props.valueOf(props.cell);
  const when = () => describeCell(props.cell);
  const error = (control: keyof CellValue) => errorMessageFor(props.errors, cellFieldId(props.cell, control));
  const recorded = () => props.row.cells.find((c) => c.date === props.cell.date && c.session === props.cell.session)?.mark;
  return (
    <div class="app-attendance-cell">
      <CellControl id={cellFieldId(props.cell, 'mark')} label={`Mark for ${when()}`} error={error('mark')}>
        <select
          class="govuk-select"
          id={cellFieldId(props.cell, 'mark')}
          aria-describedby={error('mark') ? `${cellFieldId(props.cell, 'mark')}-error` : undefined}
          onChange={(event) => props.onChange(props.cell, { mark: event.currentTarget.value as AttendanceMarkValue | '' })}
        >
          <option value="" selected={!value().mark}>
            Not marked
          </option>
          <For each={Object.entries(attendanceMarks)}>
            {([mark, label]) => (
              <option value={mark} selected={value().mark === mark}>
                {label}
              </option>
            )}
          </For>
        </select>
      </CellControl>
      <Show when={value().mark === 'ABSENT'}>
        <CellControl id={cellFieldId(props.cell, 'absenceReason')} label={`Reason for absence, ${when()}`} error={error('absenceReason')}>
          <select
            class="govuk-select"
            id={cellFieldId(props.cell, 'absenceReason')}
            aria-describedby={error('absenceReason') ? `${cellFieldId(props.cell, 'absenceReason')}-error` : undefined}
            onChange={(event) => props.onChange(props.cell, { absenceReason: event.currentTarget.value as AbsenceReasonValue | '' })}
          >
            <option value="" selected={!value().absenceReason}>
              Select a reason
            </option>
            <For each={Object.entries(absenceReasons)}>
              {([reason, { label }]) => (
                <option value={reason} selected={value().absenceReason === reason}>
                  {label}
                </option>
              )}
            </For>
          </select>
        </CellControl>
      </Show>
      <Show when={value().mark === 'LATE'}>
        <CellControl id={cellFieldId(props.cell, 'minutesLate')} label={`Minutes late, ${when()}`} error={error('minutesLate')}>
          <input
            class="govuk-input govuk-input--width-3"
            id={cellFieldId(props.cell, 'minutesLate')}
            inputmode="numeric"
            aria-describedby={error('minutesLate') ? `${cellFieldId(props.cell, 'minutesLate')}-error` : undefined}
            value={value().minutesLate}
            onInput={(event) => props.onChange(props.cell, { minutesLate: event.currentTarget.value })}
          />
        </CellControl>
      </Show>
      <Show when={recorded()}>
        {(mark) => (
          <p class="govuk-body-s govuk-!-margin-bottom-0">
            Recorded by {mark().recordedByName}
            {mark().version > 1 ? ' (corrected)' : ''}
          </p>
        )}
      </Show>
    </div>
  );
}

/** A compact labelled control for a grid cell: the label is read by screen readers, the column and row say it on screen. */
function CellControl(props: { id: string; label: string; error?: string; children: JSX.Element }) {
  return (
    <div class={`govuk-form-group govuk-!-margin-bottom-2${props.error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label govuk-visually-hidden" for={props.id}>
        {props.label}
      </label>
      <Show when={props.error}>
        <p class="govuk-error-message" id={`${props.id}-error`}>
          <span class="govuk-visually-hidden">Error:</span> {props.error}
        </p>
      </Show>
      {props.children}
    </div>
  );
}
