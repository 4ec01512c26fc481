import { useNavigate } from '@solidjs/router';
import {
  addDays,
  Button,
  costBases,
  DateInput,
  dateErrorFor,
  dateFormError,
  datePartsFrom,
  datePartsOf,
  errorMessageFor,
  formErrorsFrom,
  linesOf,
  noticeState,
  parseDateParts,
  parsePence,
  parseWholeNumber,
  penceAsTyped,
  Radios,
  readTimetable,
  reportCadences,
  reportingCadences,
  runMutation,
  Textarea,
  TextInput,
  textField,
  timetableFieldOf,
  TimetableInput,
  todayInEngland,
  usePageTitle,
  type CostBasis,
  type FormError,
  type FormErrors,
  type PlacementRecord,
  type ReportCadence,
  type ReportingCadence,
  type TimetableSessionValue,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createSignal } from 'solid-js';
import type { UpdateAgreementInput } from '../../gql/graphql';
import { PlacementFormFrame } from './placement-frame';
import { usePlacement } from './placement';
import { UpdateAgreementDocument } from './placements.data';

const fields = [
  'providerCommitments',
  'schoolCommitments',
  'attendanceReporting',
  'reviewIntervalWeeks',
  'visitsPerTerm',
  'reportCadence',
  'startDate',
  'proposedEndDate',
  'costPence',
  'costBasis',
  'otherTerms',
] as const;

const reportingValues = Object.keys(reportingCadences) as ReportingCadence[];
const reportValues = Object.keys(reportCadences) as ReportCadence[];
const costBasisValues = Object.keys(costBases) as CostBasis[];

function oneOf<T extends string>(values: readonly T[], value: string): T | undefined {
  return values.find((item) => item === value);
}

function wholeNumberIn(text: string, min: number, max: number): number | undefined {
  const parsed = parseWholeNumber(text);
  return parsed.kind === 'number' && parsed.value >= min && parsed.value <= max ? parsed.value : undefined;
}

/** The form as the API takes it, or the problems to put right first. */
function readAgreement(data: FormData, agreementId: string): { input?: UpdateAgreementInput; errors: FormError[] } {
  const errors: FormError[] = [];
  const attendanceReporting = oneOf(reportingValues, textField(data, 'attendanceReporting'));
  const reportCadence = oneOf(reportValues, textField(data, 'reportCadence'));
  const reviewIntervalWeeks = wholeNumberIn(textField(data, 'reviewIntervalWeeks'), 1, 16);
  const visitsPerTerm = wholeNumberIn(textField(data, 'visitsPerTerm'), 0, 13);
  const timetable = readTimetable(data);
  const startDate = parseDateParts(datePartsFrom(data, 'startDate'), 'start date');
  const proposedEndDate = parseDateParts(datePartsFrom(data, 'proposedEndDate'), 'proposed end date');
  const cost = parsePence(textField(data, 'costPence'));
  const costBasis = oneOf(costBasisValues, textField(data, 'costBasis'));
  // In the order the page asks, so the error summary reads top to bottom.
  if (startDate.kind === 'invalid') errors.push(dateFormError('startDate', startDate));
  if (proposedEndDate.kind === 'invalid') errors.push(dateFormError('proposedEndDate', proposedEndDate));
  if (startDate.kind === 'date' && proposedEndDate.kind === 'date' && proposedEndDate.value <= startDate.value) {
    errors.push({ field: 'proposedEndDate', message: 'The proposed end date must be after the start date' });
  }
  errors.push(...timetable.errors);
  if (!attendanceReporting) errors.push({ field: 'attendanceReporting', message: 'Select how often the provider reports attendance' });
  if (reviewIntervalWeeks === undefined) errors.push({ field: 'reviewIntervalWeeks', message: 'Weeks between reviews must be a whole number from 1 to 16' });
  if (visitsPerTerm === undefined) errors.push({ field: 'visitsPerTerm', message: 'Visits each term must be a whole number from 0 to 13' });
  if (!reportCadence) errors.push({ field: 'reportCadence', message: 'Select how often the provider writes a progress report' });
  if (cost.kind === 'invalid') errors.push({ field: 'costPence', message: 'Cost must be an amount of money, like 45 or 45.50' });
  if (cost.kind === 'number' && !costBasis) errors.push({ field: 'costBasis', message: 'Select what the cost is charged per' });
  if (errors.length > 0 || !attendanceReporting || !reportCadence || reviewIntervalWeeks === undefined || visitsPerTerm === undefined) return { errors };
  return {
    errors,
    input: {
      agreementId,
      providerCommitments: linesOf(textField(data, 'providerCommitments')),
      schoolCommitments: linesOf(textField(data, 'schoolCommitments')),
      attendanceReporting,
      reviewIntervalWeeks,
      visitsPerTerm,
      reportCadence,
      timetable: timetable.sessions,
      startDate: startDate.kind === 'date' ? startDate.value : null,
      proposedEndDate: proposedEndDate.kind === 'date' ? proposedEndDate.value : null,
      costPence: cost.kind === 'number' ? cost.value : null,
      costBasis: cost.kind === 'number' ? costBasis : null,
      otherTerms: textField(data, 'otherTerms').trim() || null,
    },
  };
}

/** Problems the API found, each put beside its box: a session's time, or a commitment's list. */
function apiErrors(problems: Parameters<typeof formErrorsFrom>[0], sent: readonly TimetableSessionValue[]): FormError[] {
  const located = problems.map((problem) =>
    problem.field ? { ...problem, field: timetableFieldOf(problem.field, sent).replace(/^(providerCommitments|schoolCommitments)\[\d+\]$/, '$1') } : problem,
  );
  const timetableIds = sent.flatMap((session) => ['', '-start', '-end'].map((part) => `timetable-${session.weekday}-${session.session}${part}`));
  return formErrorsFrom(located, [...fields, 'timetable-MONDAY-AM', ...timetableIds]);
}

/** The agreement's terms: commitments, cadences, the weekly timetable, dates and cost, until anyone signs. */
export function AgreementPage() {
  const client = useClient();
  const navigate = useNavigate();
  const context = usePlacement();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Agreement', () => errors().length > 0);
  const error = (field: string) => errorMessageFor(errors(), field);

  async function save(form: HTMLFormElement, placement: PlacementRecord) {
    const { input, errors: invalid } = readAgreement(new FormData(form), placement.currentAgreement.id);
    setErrors(invalid);
    if (!input) return;
    setBusy(true);
    const outcome = await runMutation(client, UpdateAgreementDocument, { input });
    setBusy(false);
    if (outcome.ok) navigate(context.path(), { state: noticeState('Agreement saved') });
    else setErrors(apiErrors(outcome.problems, input.timetable));
  }

  return (
    <PlacementFormFrame
      context={context}
      errors={errors()}
      allowed={context.canChangeTerms()}
      refusal="This version of the agreement has been signed. Start a new version to change it."
    >
      {(placement) => {
        const agreement = placement.currentAgreement;
        return (
          <>
            <h1 class="govuk-heading-l">Agreement: version {agreement.version}</h1>
            <p class="govuk-body">
              It starts from your school’s AP policy. The provider reads it before signing; once anyone signs, this version cannot
              change.
            </p>
            <form
              novalidate
              onSubmit={(event) => {
                event.preventDefault();
                if (!busy()) void save(event.currentTarget, placement);
              }}
            >
              <h2 class="govuk-heading-m">When</h2>
              <DateInput
                id="startDate"
                legend="Start date"
                hint={`Needed before you send the referral. For example, ${Object.values(datePartsOf(addDays(todayInEngland(), 14))).join(' ')}`}
                value={datePartsOf(agreement.startDate)}
                error={dateErrorFor(errors(), 'startDate').message}
                errorParts={dateErrorFor(errors(), 'startDate').parts}
              />
              <DateInput
                id="proposedEndDate"
                legend={placement.legalBasis === 'S29A_OFF_SITE_DIRECTION' ? 'Proposed end date' : 'Proposed end date (optional)'}
                hint="The latest the placement should last until. An off-site direction must have one."
                value={datePartsOf(agreement.proposedEndDate)}
                error={dateErrorFor(errors(), 'proposedEndDate').message}
                errorParts={dateErrorFor(errors(), 'proposedEndDate').parts}
              />
              <TimetableInput
                legend="Timetable"
                hint="Select each session the pupil attends the provider, then check its times (24-hour, like 09:15). 18 hours a week or more usually counts as full-time."
                value={agreement.timetable}
                errors={errors()}
              />
              <h2 class="govuk-heading-m">Reporting, reviews and visits</h2>
              <Radios
                name="attendanceReporting"
                legend="How often does the provider report attendance?"
                legendSize="s"
                items={reportingValues.map((value) => ({ value, label: reportingCadences[value].label, hint: reportingCadences[value].hint }))}
                checked={agreement.attendanceReporting}
                error={error('attendanceReporting')}
              />
              <TextInput
                id="reviewIntervalWeeks"
                label="Weeks between reviews"
                hint="The longest gap between reviews of the placement. Half-termly is 6."
                inputmode="numeric"
                width={2}
                value={String(agreement.reviewIntervalWeeks)}
                error={error('reviewIntervalWeeks')}
              />
              <TextInput
                id="visitsPerTerm"
                label="School visits each term"
                hint="How many times school staff visit the pupil at the provider each term."
                inputmode="numeric"
                width={2}
                value={String(agreement.visitsPerTerm)}
                error={error('visitsPerTerm')}
              />
              <Radios
                name="reportCadence"
                legend="How often does the provider write a progress report?"
                legendSize="s"
                items={reportValues.map((value) => ({ value, label: reportCadences[value] }))}
                checked={agreement.reportCadence}
                error={error('reportCadence')}
              />
              <h2 class="govuk-heading-m">Commitments</h2>
              <Textarea
                id="providerCommitments"
                label="What will the provider do?"
                hint="One commitment a line, for example: Contact the school whenever the pupil is absent."
                value={agreement.providerCommitments.join('\n')}
                error={error('providerCommitments')}
                rows={8}
              />
              <Textarea
                id="schoolCommitments"
                label="What will the school do?"
                hint="One commitment a line, for example: Share the pupil’s SEN information with the provider."
                value={agreement.schoolCommitments.join('\n')}
                error={error('schoolCommitments')}
                rows={6}
              />
              <h2 class="govuk-heading-m">Cost and other terms</h2>
              <TextInput
                id="costPence"
                label="Cost (optional)"
                hint="In pounds, for example 45 or 45.50."
                prefix="£"
                width={10}
                spellcheck={false}
                value={penceAsTyped(agreement.costPence)}
                error={error('costPence')}
              />
              <Radios
                name="costBasis"
                legend="What is the cost charged per?"
                legendSize="s"
                items={costBasisValues.map((value) => ({ value, label: costBases[value].replace(/^./, (first) => first.toUpperCase()) }))}
                checked={agreement.costBasis ?? undefined}
                error={error('costBasis')}
              />
              <Textarea
                id="otherTerms"
                label="Other terms (optional)"
                hint="Anything else agreed, such as transport, meals or exam entries."
                value={agreement.otherTerms ?? ''}
                error={error('otherTerms')}
                rows={4}
              />
              <Button busy={busy()}>Save agreement</Button>
            </form>
          </>
        );
      }}
    </PlacementFormFrame>
  );
}
