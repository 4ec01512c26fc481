import { useNavigate } from '@solidjs/router';
import {
  ConditionalRadios,
  DateInput,
  DateTimeFields,
  dateErrorFor,
  dateFormError,
  datePartsFrom,
  errorMessageFor,
  MonitoringFormPage,
  noticeState,
  parseDateParts,
  parseTimeOfDay,
  parsePercent,
  permissions,
  RequirePermission,
  requireDate,
  runMutation,
  safeguardingReminder,
  Textarea,
  TextInput,
  textField,
  todayInEngland,
  useFormState,
  useMonitoringContext,
  useSession,
  WarningText,
  WrittenAnswers,
  type FormError,
  type MonitoringContext,
  type WrittenAnswer,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { Show } from 'solid-js';
import { RecordVisitDocument } from './monitoring.data';

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** The proforma's notes, in its order: each an optional long answer. */
const NOTES: readonly WrittenAnswer[] = [
  { id: 'attendanceNotes', label: 'Attendance' },
  { id: 'behaviourWelfareNotes', label: 'Behaviour and welfare' },
  { id: 'progress', label: 'Progress' },
  { id: 'attainment', label: 'Attainment' },
  { id: 'curriculumNotes', label: 'Curriculum and learning' },
  { id: 'otherAgencies', label: 'Other agencies involved' },
  { id: 'actionsForSchool', label: 'Actions for the school' },
  { id: 'actionsForProvision', label: 'Actions for the provision' },
];

const FIELDS = [
  'visitedOn',
  'visitTime',
  'staffMember',
  'pupilClass',
  'attendancePercent',
  'safeguardingConcerns',
  'parentContact',
  'noParentContactReason',
  'pupilViews',
  'reviewMeetingOn',
  ...NOTES.map((note) => note.id),
];

interface VisitAnswers {
  invalid: FormError[];
  visitedOn?: string;
  visitTime?: string;
  attendancePercent: number | null;
  reviewMeetingOn: string | null;
}

/** The proforma's dates, time and attendance, checked as GOV.UK forms check them. */
function checkVisit(data: FormData): VisitAnswers {
  const invalid: FormError[] = [];
  const visitedOn = requireDate(datePartsFrom(data, 'visitedOn'), 'date of the visit');
  if (visitedOn.kind === 'invalid') invalid.push(dateFormError('visitedOn', visitedOn));
  else if (visitedOn.kind === 'date' && visitedOn.value > todayInEngland()) {
    invalid.push({ field: 'visitedOn', message: 'The date of the visit must be today or in the past' });
  }
  const typedTime = textField(data, 'visitTime');
  const visitTime = parseTimeOfDay(typedTime);
  if (!visitTime) {
    invalid.push({ field: 'visitTime', message: typedTime.trim() ? 'Enter the time of the visit in 24-hour format, like 13:45' : 'Enter the time of the visit' });
  }
  if (!textField(data, 'staffMember').trim()) invalid.push({ field: 'staffMember', message: 'Enter the name of the member of staff who visited' });
  const attendance = parsePercent(textField(data, 'attendancePercent'));
  if (attendance.kind === 'invalid') {
    invalid.push({ field: 'attendancePercent', message: 'Attendance must be a whole number between 0 and 100' });
  }
  if (!textField(data, 'safeguardingConcerns')) invalid.push({ field: 'safeguardingConcerns', message: 'Select yes if safeguarding concerns were raised' });
  const parentContact = textField(data, 'parentContact');
  if (!parentContact) invalid.push({ field: 'parentContact', message: 'Select yes if the parent or carer was contacted' });
  else if (parentContact === 'no' && !textField(data, 'noParentContactReason').trim()) {
    invalid.push({ field: 'noParentContactReason', message: 'Enter why the parent or carer was not contacted' });
  }
  const reviewMeetingOn = parseDateParts(datePartsFrom(data, 'reviewMeetingOn'), 'date of the review meeting');
  if (reviewMeetingOn.kind === 'invalid') invalid.push(dateFormError('reviewMeetingOn', reviewMeetingOn));
  else if (reviewMeetingOn.kind === 'date' && visitedOn.kind === 'date' && reviewMeetingOn.value < visitedOn.value) {
    invalid.push({ field: 'reviewMeetingOn', message: 'The date of the review meeting must be on or after the date of the visit' });
  }
  return {
    invalid,
    visitedOn: visitedOn.kind === 'date' ? visitedOn.value : undefined,
    visitTime,
    attendancePercent: attendance.kind === 'number' ? attendance.value : null,
    reviewMeetingOn: reviewMeetingOn.kind === 'date' ? reviewMeetingOn.value : null,
  };
}

/** Records a visit to the pupil at the provider: the AP visit proforma (seed 004). */
export function RecordVisitPage() {
  const client = useClient();
  const session = useSession();
  const navigate = useNavigate();
  const { context, path } = useMonitoringContext();
  const form = useFormState(() => 'Record a visit');

  async function record(element: HTMLFormElement, placement: MonitoringContext) {
    const data = new FormData(element);
    const answers = checkVisit(data);
    if (!form.checked(answers.invalid) || !answers.visitedOn || !answers.visitTime) return;
    const parentContact = textField(data, 'parentContact') === 'yes';
    const safeguardingConcerns = textField(data, 'safeguardingConcerns') === 'yes';
    const input = {
      placementId: placement.id,
      visitedOn: answers.visitedOn,
      visitTime: answers.visitTime,
      staffMember: textField(data, 'staffMember'),
      pupilClass: textField(data, 'pupilClass'),
      attendancePercent: answers.attendancePercent,
      safeguardingConcerns,
      ...Object.fromEntries(NOTES.map((note) => [note.id, textField(data, note.id)])),
      parentContact,
      noParentContactReason: parentContact ? null : textField(data, 'noParentContactReason'),
      pupilViews: textField(data, 'pupilViews'),
      reviewMeetingOn: answers.reviewMeetingOn,
    };
    await form.send(async () => {
      const result = await runMutation(client, RecordVisitDocument, { input });
      if (!result.ok) return result.problems;
      navigate(path(), { state: noticeState(safeguardingConcerns ? `Visit recorded. ${safeguardingReminder}` : 'Visit recorded') });
      return undefined;
    }, FIELDS);
  }

  return (
    <RequirePermission permission={permissions.visitPlacements}>
      <Show when={context()}>
        {(placement) => (
          <Show when={placement().status === 'ACTIVE'} fallback={<p class="govuk-body">Visits can be recorded only while a placement is active.</p>}>
            <MonitoringFormPage
              title="Record a visit"
              context={placement()}
              errors={form.errors()}
              busy={form.busy()}
              submitText="Record visit"
              onSubmit={(element) => void record(element, placement())}
            >
              <DateTimeFields dateId="visitedOn" timeId="visitTime" dateLegend="Date of the visit" timeLabel="Time of the visit" errors={form.errors()} />
              <TextInput
                id="staffMember"
                label="Member of staff who visited"
                value={session.me()?.user.displayName ?? ''}
                error={errorMessageFor(form.errors(), 'staffMember')}
              />
              <TextInput id="pupilClass" label="Pupil’s class or tutor group (optional)" width={10} error={errorMessageFor(form.errors(), 'pupilClass')} />
              <TextInput
                id="attendancePercent"
                label="Attendance at the provider so far, % (optional)"
                hint="From the attendance the provider has recorded, for example 92"
                inputmode="numeric"
                width={3}
                error={errorMessageFor(form.errors(), 'attendancePercent')}
              />
              <ConditionalRadios
                name="safeguardingConcerns"
                legendSize="s"
                legend="Were any safeguarding concerns raised?"
                items={YES_NO}
                error={errorMessageFor(form.errors(), 'safeguardingConcerns')}
                reveals={(value) => value === 'yes'}
              >
                <WarningText>{safeguardingReminder}</WarningText>
              </ConditionalRadios>
              <WrittenAnswers answers={NOTES} errors={form.errors()} rows={3} />
              <ConditionalRadios
                name="parentContact"
                legendSize="s"
                legend="Has the parent or carer been contacted?"
                items={YES_NO}
                error={errorMessageFor(form.errors(), 'parentContact')}
                reveals={(value) => value === 'no'}
              >
                <Textarea
                  id="noParentContactReason"
                  label="Why not?"
                  rows={3}
                  error={errorMessageFor(form.errors(), 'noParentContactReason')}
                />
              </ConditionalRadios>
              <Textarea id="pupilViews" label="The pupil’s views on the placement (optional)" rows={3} error={errorMessageFor(form.errors(), 'pupilViews')} />
              <DateInput
                id="reviewMeetingOn"
                legend="Date of the next review meeting (optional)"
                error={dateErrorFor(form.errors(), 'reviewMeetingOn').message}
                errorParts={dateErrorFor(form.errors(), 'reviewMeetingOn').parts}
              />
            </MonitoringFormPage>
          </Show>
        )}
      </Show>
    </RequirePermission>
  );
}
