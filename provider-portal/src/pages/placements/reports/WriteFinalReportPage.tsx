import { useNavigate } from '@solidjs/router';
import {
  errorMessageFor,
  missingAnswers,
  MonitoringFormPage,
  noticeState,
  parsePercent,
  permissions,
  RequirePermission,
  runMutation,
  TextInput,
  textField,
  useFormState,
  useMonitoringContext,
  useSession,
  WrittenAnswers,
  type FormError,
  type MonitoringContext,
  type WrittenAnswer,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { Show } from 'solid-js';
import { SubmitFinalReportDocument } from './reports.data';

/** The final report's written answers (seed 003), in its order. */
const ANSWERS: readonly WrittenAnswer[] = [
  { id: 'attainmentAndProgress', label: 'Attainment and progress during the placement', missing: 'Enter the attainment and progress during the placement' },
  { id: 'attendanceRecord', label: 'Attendance record', missing: 'Enter the attendance record' },
  { id: 'behaviourChange', label: 'Evidence of change in behaviour', missing: 'Enter the evidence of change in behaviour' },
  { id: 'pupilViews', label: 'The pupil’s view of the placement', missing: 'Enter the pupil’s view of the placement' },
  { id: 'nextSteps', label: 'Recommended next steps' },
];

const FIELDS = ['attendancePercent', 'staffName', ...ANSWERS.map((answer) => answer.id)];

/** The provider's final report on the placement: once, while active or after it ended. */
export function WriteFinalReportPage() {
  const client = useClient();
  const session = useSession();
  const navigate = useNavigate();
  const { context, path } = useMonitoringContext();
  const form = useFormState(() => 'Write the final report');

  async function submit(element: HTMLFormElement, placement: MonitoringContext) {
    const data = new FormData(element);
    const invalid: FormError[] = [];
    const attendance = parsePercent(textField(data, 'attendancePercent'));
    if (attendance.kind === 'invalid') {
      invalid.push({ field: 'attendancePercent', message: 'Attendance must be a whole number between 0 and 100' });
    }
    invalid.push(...missingAnswers(data, ANSWERS));
    if (!textField(data, 'staffName').trim()) invalid.push({ field: 'staffName', message: 'Enter the name of the member of staff writing the report' });
    if (!form.checked(invalid)) return;
    const input = {
      placementId: placement.id,
      attendancePercent: attendance.kind === 'number' ? attendance.value : null,
      attainmentAndProgress: textField(data, 'attainmentAndProgress'),
      attendanceRecord: textField(data, 'attendanceRecord'),
      behaviourChange: textField(data, 'behaviourChange'),
      pupilViews: textField(data, 'pupilViews'),
      nextSteps: textField(data, 'nextSteps'),
      staffName: textField(data, 'staffName'),
    };
    await form.send(async () => {
      const result = await runMutation(client, SubmitFinalReportDocument, { input });
      if (!result.ok) return result.problems;
      navigate(path(), { state: noticeState(`Final report sent to ${placement.school.name}`) });
      return undefined;
    }, FIELDS);
  }

  return (
    <RequirePermission permission={permissions.reportOnPlacements}>
      <Show when={context()}>
        {(placement) => (
          <Show
            when={!placement().finalReport && (placement().status === 'ACTIVE' || placement().status === 'ENDED')}
            fallback={
              <p class="govuk-body">
                {placement().finalReport ? 'The final report on this placement has already been sent.' : 'The final report can be written once the placement has started.'}
              </p>
            }
          >
            <MonitoringFormPage
              title="Write the final report"
              context={placement()}
              errors={form.errors()}
              busy={form.busy()}
              submitText="Send final report to the school"
              onSubmit={(element) => void submit(element, placement())}
            >
              <p class="govuk-body">The school reads this report when the placement ends. It can be sent only once.</p>
              <TextInput
                id="attendancePercent"
                label="Attendance over the placement, % (optional)"
                hint="For example, 91"
                inputmode="numeric"
                width={3}
                error={errorMessageFor(form.errors(), 'attendancePercent')}
              />
              <WrittenAnswers answers={ANSWERS} errors={form.errors()} rows={5} />
              <TextInput
                id="staffName"
                label="Member of staff writing the report"
                value={session.me()?.user.displayName ?? ''}
                error={errorMessageFor(form.errors(), 'staffName')}
              />
            </MonitoringFormPage>
          </Show>
        )}
      </Show>
    </RequirePermission>
  );
}
