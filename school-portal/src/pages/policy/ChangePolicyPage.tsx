import { useNavigate } from '@solidjs/router';
import {
  BackLink,
  Button,
  Checkboxes,
  errorMessageFor,
  ErrorSummary,
  formErrorsFrom,
  noticeState,
  permissions,
  Radios,
  reportCadences,
  reportingCadences,
  RequirePermission,
  runMutation,
  Select,
  Textarea,
  TextInput,
  usePageTitle,
  type FormErrors,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, createSignal, Show } from 'solid-js';
import type { ReportCadence, ReportingCadence } from '../../gql/graphql';
import { useViewer } from '../viewer';
import { fetchSchoolApPolicy, UpdateSchoolApPolicyDocument, type FrameworkOption, type SchoolApPolicy } from './policy.data';
import { policyFields, readPolicyForm, requirements, requirementsOf } from './policy-form';
import { POLICY_PATH } from './PolicyPage';

/** The frameworks to choose from: the school's LA's, and the one the policy names if it is another LA's. */
function frameworkOptions(policy: SchoolApPolicy, frameworks: FrameworkOption[]) {
  const current = policy.requiredFramework;
  const all = current && !frameworks.some((framework) => framework.id === current.id) ? [...frameworks, current] : frameworks;
  return [{ value: '', text: 'No framework required' }, ...all.map((framework) => ({ value: framework.id, text: framework.name }))];
}

/** Changes the whole policy on one page: it is one document the school's leaders keep. */
export function ChangePolicyPage() {
  const client = useClient();
  const navigate = useNavigate();
  const viewer = useViewer();
  const [loaded] = createResource(() => viewer.organisationId() || undefined, (schoolId) => fetchSchoolApPolicy(client, schoolId));
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Change your AP policy', () => errors().length > 0);
  const error = (field: string) => errorMessageFor(errors(), field);

  async function save(form: HTMLFormElement) {
    const { errors: invalid, input } = readPolicyForm(new FormData(form));
    setErrors(invalid);
    if (!input) return;
    setBusy(true);
    const outcome = await runMutation(client, UpdateSchoolApPolicyDocument, { input });
    setBusy(false);
    if (outcome.ok) navigate(POLICY_PATH, { state: noticeState('AP policy saved') });
    else setErrors(formErrorsFrom(outcome.problems, policyFields));
  }

  return (
    <RequirePermission permission={permissions.manageSchoolPolicy}>
      <BackLink href={POLICY_PATH} />
      <Show when={loaded()}>
        {(current) => (
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
              <ErrorSummary errors={errors()} />
              <span class="govuk-caption-l">{viewer.organisationName()}</span>
              <h1 class="govuk-heading-l">Change your AP policy</h1>
              <form
                novalidate
                onSubmit={(event) => {
                  event.preventDefault();
                  if (!busy()) void save(event.currentTarget);
                }}
              >
                <h2 class="govuk-heading-m">Cadences and targets</h2>
                <p class="govuk-body">New placement agreements start from these. Each agreement can still be changed.</p>
                <Radios
                  name="attendanceReporting"
                  legend="How often must providers report attendance?"
                  legendSize="s"
                  items={(Object.keys(reportingCadences) as ReportingCadence[]).map((value) => ({ value, ...reportingCadences[value] }))}
                  checked={current().policy.attendanceReporting}
                  error={error('attendanceReporting')}
                />
                <TextInput
                  id="reviewIntervalWeeks"
                  label="Longest gap between reviews, in weeks"
                  hint="Between 1 and 16. Statutory guidance expects reviews at least half-termly (6 weeks)."
                  inputmode="numeric"
                  width={2}
                  value={String(current().policy.reviewIntervalWeeks)}
                  error={error('reviewIntervalWeeks')}
                />
                <TextInput
                  id="visitsPerTerm"
                  label="School visits to each pupil per term"
                  hint="Between 0 and 12. Twice termly is 2."
                  inputmode="numeric"
                  width={2}
                  value={String(current().policy.visitsPerTerm)}
                  error={error('visitsPerTerm')}
                />
                <Radios
                  name="reportCadence"
                  legend="How often must providers write a progress report?"
                  legendSize="s"
                  items={(Object.keys(reportCadences) as ReportCadence[]).map((value) => ({ value, label: reportCadences[value] }))}
                  checked={current().policy.reportCadence}
                  error={error('reportCadence')}
                />
                <TextInput
                  id="attendanceTargetPercent"
                  label="Attendance target (%)"
                  hint="Between 50 and 100"
                  inputmode="numeric"
                  width={3}
                  value={String(current().policy.attendanceTargetPercent)}
                  error={error('attendanceTargetPercent')}
                />
                <TextInput
                  id="fullTimeHoursThreshold"
                  label="Hours a week that count as full-time"
                  hint="Between 10 and 32.5. The national working guide is 18 hours a week."
                  inputmode="text"
                  width={4}
                  value={String(current().policy.fullTimeHoursThreshold)}
                  error={error('fullTimeHoursThreshold')}
                />

                <h2 class="govuk-heading-m">Requirements of every placement</h2>
                <p class="govuk-body">A placement that breaks one of these cannot be agreed until it is put right.</p>
                <Select
                  id="requiredFrameworkId"
                  label="Providers must be approved on"
                  hint="Approved, or approved on conditions, on your local authority’s QA framework."
                  options={frameworkOptions(current().policy, current().frameworks)}
                  value={current().policy.requiredFramework?.id ?? ''}
                  error={error('requiredFrameworkId')}
                />
                <Checkboxes
                  name="requirements"
                  legend="Also require"
                  legendSize="s"
                  hint="Select all that apply."
                  items={requirements.map(({ value, label, hint }) => ({ value, label, hint }))}
                  checked={requirementsOf(current().policy)}
                />

                <h2 class="govuk-heading-m">Agreement commitments</h2>
                <Textarea
                  id="providerCommitments"
                  label="The provider will"
                  hint="One commitment a line, for example: contact the school whenever the pupil is absent."
                  rows={8}
                  value={current().policy.providerCommitments.join('\n')}
                  error={error('providerCommitments')}
                />
                <Textarea
                  id="schoolCommitments"
                  label="The school will"
                  hint="One commitment a line."
                  rows={6}
                  value={current().policy.schoolCommitments.join('\n')}
                  error={error('schoolCommitments')}
                />
                <Button busy={busy()}>Save policy</Button>
              </form>
            </div>
          </div>
        )}
      </Show>
    </RequirePermission>
  );
}
