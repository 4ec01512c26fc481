import { useLocation } from '@solidjs/router';
import {
  describeReviewInterval,
  describeVisitsPerTerm,
  formatDate,
  formatHoursPerWeek,
  InsetText,
  NotificationBanner,
  noticeFrom,
  permissions,
  reportCadences,
  reportingCadences,
  SummaryCard,
  SummaryList,
  useSession,
  usePageTitle,
  type SummaryListAction,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, For, Show } from 'solid-js';
import { useViewer } from '../viewer';
import { fetchSchoolApPolicy, type SchoolApPolicy } from './policy.data';
import { requirements } from './policy-form';

export const POLICY_PATH = '/policy';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

function Lines(props: { lines: readonly string[] }) {
  return (
    <Show when={props.lines.length > 0} fallback="None">
      <ul class="govuk-list govuk-list--bullet">
        <For each={props.lines}>{(line) => <li>{line}</li>}</For>
      </ul>
    </Show>
  );
}

function cadenceRows(policy: SchoolApPolicy) {
  return [
    { key: 'Attendance reported', value: reportingCadences[policy.attendanceReporting].label },
    { key: 'Reviews, at least', value: describeReviewInterval(policy.reviewIntervalWeeks) },
    { key: 'School visits', value: describeVisitsPerTerm(policy.visitsPerTerm) },
    { key: 'Provider progress reports', value: reportCadences[policy.reportCadence] },
    { key: 'Attendance target', value: `${policy.attendanceTargetPercent}%` },
    { key: 'Full-time from', value: formatHoursPerWeek(policy.fullTimeHoursThreshold) },
  ];
}

function requirementRows(policy: SchoolApPolicy) {
  return [
    {
      key: 'Providers approved on a QA framework',
      value: policy.requiredFramework ? `${policy.requiredFramework.name} (${policy.requiredFramework.localAuthority.name})` : 'Not required',
    },
    ...requirements.map((requirement) => ({ key: requirement.label, value: yesNo(policy[requirement.value]) })),
  ];
}

/** The school's AP policy: the cadences new agreements start from and the requirements every placement is checked against. */
export function PolicyPage() {
  const client = useClient();
  const session = useSession();
  const viewer = useViewer();
  const location = useLocation();
  const [loaded] = createResource(() => viewer.organisationId() || undefined, (schoolId) => fetchSchoolApPolicy(client, schoolId));
  usePageTitle(() => 'AP policy');
  const change = (what: string): SummaryListAction | undefined =>
    session.can(permissions.manageSchoolPolicy) ? { href: `${POLICY_PATH}/change`, text: 'Change', visuallyHiddenText: what } : undefined;

  return (
    <>
      <Show when={noticeFrom(location.state)} keyed>
        {(text) => <NotificationBanner type="success" heading={text} />}
      </Show>
      <span class="govuk-caption-l">{viewer.organisationName()}</span>
      <h1 class="govuk-heading-l">AP policy</h1>
      <Show when={loaded()}>
        {(current) => (
          <>
            <p class="govuk-body">
              New placement agreements start from these cadences and commitments. Every placement is checked against the requirements: one that breaks
              them cannot be agreed until it is put right.
            </p>
            <Show
              when={current().policy.saved}
              fallback={<InsetText>Your school has not set its AP policy yet. These are the national defaults.</InsetText>}
            >
              <p class="govuk-body-s">Last changed {formatDate(current().policy.updatedAt)}</p>
            </Show>
            <SummaryCard title="Cadences and targets" action={change('cadences and targets')}>
              <SummaryList rows={cadenceRows(current().policy)} />
            </SummaryCard>
            <SummaryCard title="Requirements of every placement" action={change('requirements of every placement')}>
              <SummaryList rows={requirementRows(current().policy)} />
            </SummaryCard>
            <SummaryCard title="Agreement commitments" action={change('agreement commitments')}>
              <SummaryList
                rows={[
                  { key: 'The provider will', value: <Lines lines={current().policy.providerCommitments} /> },
                  { key: 'The school will', value: <Lines lines={current().policy.schoolCommitments} /> },
                ]}
              />
            </SummaryCard>
          </>
        )}
      </Show>
    </>
  );
}
