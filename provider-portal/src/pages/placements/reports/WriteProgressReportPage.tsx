import { useNavigate } from '@solidjs/router';
import {
  attendanceNeedsCommentary,
  DateInput,
  dateErrorFor,
  dateFormError,
  datePartsFrom,
  datePartsOf,
  errorMessageFor,
  missingAnswers,
  MonitoringFormPage,
  noticeState,
  parsePercent,
  permissions,
  Radios,
  reportCadences,
  RequirePermission,
  requireDate,
  runMutation,
  Textarea,
  TextInput,
  textField,
  todayInEngland,
  useFormState,
  useMonitoringContext,
  useSession,
  WrittenAnswers,
  type FormError,
  type MonitoringContext,
  type ReportCadence,
  type WrittenAnswer,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { Show } from 'solid-js';
import { SubmitProgressReportDocument } from './reports.data';

/** The termly review's written answers (seed 004), in its order. */
const ANSWERS: readonly WrittenAnswer[] = [
  { id: 'punctuality', label: 'Punctuality', missing: 'Enter the pupil’s punctuality' },
  { id: 'attitudeToLearning', label: 'Attitude to learning', missing: 'Enter the pupil’s attitude to learning' },
  { id: 'skillsCovered', label: 'Brief summary of skills covered', missing: 'Enter a summary of the skills covered' },
  { id: 'targetsNextTerm', label: 'Targets for next term', missing: 'Enter the targets for next term' },
  { id: 'pupilViews', label: 'The pupil’s views' },
  { id: 'otherComments', label: 'Other comments' },
];

const FIELDS = ['kind', 'periodStart', 'periodEnd', 'staffName', 'attendancePercent', 'attendanceCommentary', ...ANSWERS.map((answer) => answer.id)];

function checkReport(data: FormData) {
  const invalid: FormError[] = [];
  const periodStart = requireDate(datePartsFrom(data, 'periodStart'), 'first day the report covers');
  const periodEnd = requireDate(datePartsFrom(data, 'periodEnd'), 'last day the report covers');
  if (periodStart.kind === 'invalid') invalid.push(dateFormError('periodStart', periodStart));
  if (periodEnd.kind === 'invalid') invalid.push(dateFormError('periodEnd', periodEnd));
  else if (periodEnd.kind === 'date' && periodEnd.value > todayInEngland()) {
    invalid.push({ field: 'periodEnd', message: 'The last day the report covers must be today or in the past' });
  } else if (periodEnd.kind === 'date' && periodStart.kind === 'date' && periodEnd.value <= periodStart.value) {
    invalid.push({ field: 'periodEnd', message: 'The last day the report covers must be after the first day' });
  }
  if (!textField(data, 'kind')) invalid.push({ field: 'kind', message: 'Select termly or half-termly' });
  if (!textField(data, 'staffName').trim()) invalid.push({ field: 'staffName', message: 'Enter the name of the member of staff completing the report' });
  const attendance = parsePercent(textField(data, 'attendancePercent'));
  if (attendance.kind !== 'number') {
    invalid.push({ field: 'attendancePercent', message: 'Enter attendance this term as a whole number between 0 and 100' });
  } else if (attendanceNeedsCommentary(attendance.value) && !textField(data, 'attendanceCommentary').trim()) {
    invalid.push({ field: 'attendanceCommentary', message: 'Explain attendance below 100%' });
  }
  invalid.push(...missingAnswers(data, ANSWERS));
  return {
    invalid,
    periodStart: periodStart.kind === 'date' ? periodStart.value : undefined,
    periodEnd: periodEnd.kind === 'date' ? periodEnd.value : undefined,
    attendancePercent: attendance.kind === 'number' ? attendance.value : undefined,
  };
}

/** The provider's termly or half-termly report to the school (the seeds' AP termly review). */
export function WriteProgressReportPage() {
  const client = useClient();
  const session = useSession();
  const navigate = useNavigate();
  const { context, path } = useMonitoringContext();
  const form = useFormState(() => 'Write a progress report');

  async function submit(element: HTMLFormElement, placement: MonitoringContext) {
    const data = new FormData(element);
    const checked = checkReport(data);
    if (!form.checked(checked.invalid) || !checked.periodStart || !checked.periodEnd || checked.attendancePercent === undefined) return;
    const input = {
      placementId: placement.id,
      kind: textField(data, 'kind') as ReportCadence,
      periodStart: checked.periodStart,
      periodEnd: checked.periodEnd,
      staffName: textField(data, 'staffName'),
      attendancePercent: checked.attendancePercent,
      attendanceCommentary: textField(data, 'attendanceCommentary'),
      punctuality: textField(data, 'punctuality'),
      attitudeToLearning: textField(data, 'attitudeToLearning'),
      skillsCovered: textField(data, 'skillsCovered'),
      targetsNextTerm: textField(data, 'targetsNextTerm'),
      pupilViews: textField(data, 'pupilViews'),
      otherComments: textField(data, 'otherComments'),
    };
    await form.send(async () => {
      const result = await runMutation(client, SubmitProgressReportDocument, { input });
      if (!result.ok) return result.problems;
      navigate(path(), { state: noticeState(`${reportCadences[result.data.submitProgressReport.kind]} report sent to ${placement.school.name}`) });
      return undefined;
    }, FIELDS);
  }

  return (
    <RequirePermission permission={permissions.reportOnPlacements}>
      <Show when={context()}>
        {(placement) => (
          <Show
            when={placement().status === 'ACTIVE' || placement().status === 'ENDED'}
            fallback={<p class="govuk-body">Progress reports can be sent once the placement has started.</p>}
          >
            <MonitoringFormPage
              title="Write a progress report"
              context={placement()}
              errors={form.errors()}
              busy={form.busy()}
              submitText="Send report to the school"
              onSubmit={(element) => void submit(element, placement())}
            >
              <Radios
                name="kind"
                legendSize="s"
                legend="Which report is this?"
                checked={placement().currentAgreement.reportCadence}
                items={(Object.keys(reportCadences) as ReportCadence[]).map((value) => ({ value, label: reportCadences[value] }))}
                error={errorMessageFor(form.errors(), 'kind')}
              />
              <DateInput
                id="periodStart"
                legend="First day the report covers"
                hint={placement().startedOn ? 'On or after the day the placement started.' : undefined}
                value={datePartsOf(placement().startedOn)}
                error={dateErrorFor(form.errors(), 'periodStart').message}
                errorParts={dateErrorFor(form.errors(), 'periodStart').parts}
              />
              <DateInput
                id="periodEnd"
                legend="Last day the report covers"
                value={datePartsOf(placement().endedOn ?? todayInEngland())}
                error={dateErrorFor(form.errors(), 'periodEnd').message}
                errorParts={dateErrorFor(form.errors(), 'periodEnd').parts}
              />
              <TextInput
                id="staffName"
                label="Member of staff completing the report"
                value={session.me()?.user.displayName ?? ''}
                error={errorMessageFor(form.errors(), 'staffName')}
              />
              <TextInput
                id="attendancePercent"
                label="Attendance this term, %"
                hint="For example, 96"
                inputmode="numeric"
                width={3}
                error={errorMessageFor(form.errors(), 'attendancePercent')}
              />
              <Textarea
                id="attendanceCommentary"
                label="Attendance commentary"
                hint="Required if attendance is below 100%: the reasons for absences and lateness, and what was done."
                rows={3}
                error={errorMessageFor(form.errors(), 'attendanceCommentary')}
              />
              <WrittenAnswers answers={ANSWERS} errors={form.errors()} />
            </MonitoringFormPage>
          </Show>
        )}
      </Show>
    </RequirePermission>
  );
}
