import {
  addDays,
  ApiError,
  Button,
  DateInput,
  dateErrorFor,
  dateFormError,
  datePartId,
  datePartsFrom,
  datePartsOf,
  ErrorSummary,
  fetchQuery,
  formatAttendancePercent,
  formatLocalDate,
  formErrorsFrom,
  permissions,
  requireDate,
  RequirePermission,
  Table,
  Tag,
  todayInEngland,
  usePageTitle,
  type FormError,
  type FormErrors,
} from '@ap/portal-kit';
import { A } from '@solidjs/router';
import { useClient } from '@urql/solid';
import { createResource, createSignal, onCleanup, Show } from 'solid-js';
import type { SchoolAttendanceQuery } from '../../gql/graphql';
import { AttendanceExportDocument, SchoolAttendanceDocument } from './attendance.data';

type ActivePlacement = SchoolAttendanceQuery['placements']['edges'][number]['node'];

interface Download {
  href: string;
  filename: string;
  rowCount: number;
  from: string;
  to: string;
}

function checkRange(data: FormData): { errors: FormError[]; from?: string; to?: string } {
  const from = requireDate(datePartsFrom(data, 'from'), 'first day');
  const to = requireDate(datePartsFrom(data, 'to'), 'last day');
  const errors: FormError[] = [];
  if (from.kind === 'invalid') errors.push(dateFormError('from', from));
  if (to.kind === 'invalid') errors.push(dateFormError('to', to));
  if (from.kind === 'date' && to.kind === 'date') {
    if (to.value < from.value) errors.push({ field: datePartId('to', 'day'), message: 'The last day must be the same as or after the first day' });
    return { errors, from: from.value, to: to.value };
  }
  return { errors };
}

/** The school's AP attendance: each active placement against the target and thresholds, and the export for its MIS. */
export function AttendancePage() {
  const client = useClient();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  const [download, setDownload] = createSignal<Download>();
  usePageTitle(() => 'AP attendance', () => errors().length > 0);
  const [placements] = createResource(async () => (await fetchQuery(client, SchoolAttendanceDocument, {})).placements);
  const forget = () => {
    const previous = download();
    if (previous) URL.revokeObjectURL(previous.href);
    setDownload(undefined);
  };
  onCleanup(forget);

  async function exportRange(form: HTMLFormElement) {
    forget();
    const checked = checkRange(new FormData(form));
    setErrors(checked.errors);
    if (checked.errors.length > 0 || !checked.from || !checked.to) return;
    setBusy(true);
    try {
      const { attendanceExport } = await fetchQuery(client, AttendanceExportDocument, { input: { from: checked.from, to: checked.to } });
      const href = URL.createObjectURL(new Blob([attendanceExport.csv], { type: 'text/csv' }));
      setDownload({ href, filename: attendanceExport.filename, rowCount: attendanceExport.rowCount, from: checked.from, to: checked.to });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const onDay = (field: string) => (field === 'from' || field === 'to' ? datePartId(field, 'day') : field);
      setErrors(formErrorsFrom(error.problems.map((p) => ({ ...p, field: p.field && onDay(p.field) })), [datePartId('from', 'day'), datePartId('to', 'day')]));
    } finally {
      setBusy(false);
    }
  }

  return (
    <RequirePermission permission={permissions.exportAttendance}>
      <ErrorSummary errors={errors()} />
      <h1 class="govuk-heading-l">AP attendance</h1>
      <p class="govuk-body">Providers mark each session. Their marks become national register codes (B, K or D when attended; the absence’s own code otherwise).</p>
      <Show when={placements()}>{(loaded) => <SummaryTable placements={loaded().edges.map((edge) => edge.node)} total={loaded().totalCount} />}</Show>
      <h2 class="govuk-heading-m">Export for your MIS</h2>
      <p class="govuk-body">A CSV file with one row per marked session: UPN, date, session (AM or PM) and register code. Up to one year at a time.</p>
      <form
        novalidate
        onSubmit={(event) => {
          event.preventDefault();
          void exportRange(event.currentTarget);
        }}
      >
        <DateInput
          id="from"
          legend="First day"
          value={datePartsOf(addDays(todayInEngland(), -6))}
          error={dateErrorFor(errors(), 'from').message}
          errorParts={dateErrorFor(errors(), 'from').parts}
        />
        <DateInput
          id="to"
          legend="Last day"
          value={datePartsOf(todayInEngland())}
          error={dateErrorFor(errors(), 'to').message}
          errorParts={dateErrorFor(errors(), 'to').parts}
        />
        <Button busy={busy()}>Create export</Button>
      </form>
      <Show when={download()}>
        {(file) => (
          <p class="govuk-body" role="status">
            <a class="govuk-link" href={file().href} download={file().filename}>
              Download {file().filename} (CSV, {file().rowCount} {file().rowCount === 1 ? 'session' : 'sessions'} from {formatLocalDate(file().from)} to{' '}
              {formatLocalDate(file().to)})
            </a>
          </p>
        )}
      </Show>
    </RequirePermission>
  );
}

function SummaryTable(props: { placements: readonly ActivePlacement[]; total: number }) {
  return (
    <Show when={props.placements.length > 0} fallback={<p class="govuk-body">None of your pupils is attending a placement at the moment.</p>}>
      <Table
        caption="Active placements"
        small
        rows={props.placements}
        columns={[
          { header: 'Pupil', cell: (p) => <A class="govuk-link" href={`/placements/${encodeURIComponent(p.id)}`}>{p.pupilSummary.name}</A> },
          { header: 'Provider', cell: (p) => p.provider.name },
          {
            header: 'Attendance',
            numeric: true,
            cell: (p) => (
              <>
                {formatAttendancePercent(p.attendanceSummary.percent)}
                <Show when={p.attendanceSummary.belowTarget}>
                  {' '}
                  <Tag colour="orange">Below {p.attendanceSummary.targetPercent}% target</Tag>
                </Show>
              </>
            ),
          },
          { header: 'Sessions', numeric: true, cell: (p) => `${p.attendanceSummary.attendedSessions} of ${p.attendanceSummary.possibleSessions}` },
          { header: 'Authorised absences', numeric: true, cell: (p) => p.attendanceSummary.authorisedAbsences },
          {
            header: 'Unauthorised absences',
            numeric: true,
            cell: (p) => (
              <>
                {p.attendanceSummary.unauthorisedAbsences}
                <Show when={p.attendanceSummary.penaltyThresholdReached}>
                  {' '}
                  <Tag colour="red">{p.attendanceSummary.unauthorisedInLastTenWeeks} in 10 weeks: penalty threshold</Tag>
                </Show>
              </>
            ),
          },
          { header: 'Not yet reported', numeric: true, cell: (p) => p.attendanceSummary.notYetReported },
        ]}
      />
      <Show when={props.total > props.placements.length}>
        <p class="govuk-body">Showing the {props.placements.length} newest of {props.total} active placements.</p>
      </Show>
    </Show>
  );
}
