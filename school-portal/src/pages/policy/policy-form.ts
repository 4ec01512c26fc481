import { linesOf, parseWholeNumber, reportCadences, reportingCadences, textField, ticked, type FormError } from '@ap/portal-kit';
import type { ReportCadence, ReportingCadence, UpdateSchoolApPolicyInput } from '../../gql/graphql';
import type { SchoolApPolicy } from './policy.data';

/** The yes/no requirements of the policy that the compliance rules enforce, as the form's checkboxes. */
export const requirements = [
  {
    value: 'fullTimeProvidersMustBeRegistered',
    label: 'Full-time placements only at registered schools',
    hint: 'A full-time placement at a provider that is not a registered school cannot be agreed.',
  },
  {
    value: 'teamTeachForBehaviourRisk',
    label: 'Team Teach trained staff for pupils with a behaviour risk assessment',
    hint: 'The provider must have current Team Teach (or equivalent) training evidence in its QA record.',
  },
  {
    value: 'fullTimeInTotal',
    label: 'Full-time education in total across settings',
    hint: 'Hours at providers and at school together must be full-time, unless that is medically inappropriate.',
  },
  {
    value: 'writtenPlanRequired',
    label: 'A written plan before agreeing',
    hint: 'Rationale, intended outcomes, duration and review arrangements.',
  },
  { value: 'baselineRequired', label: 'A baseline for every objective', hint: 'Where the pupil is now, to measure progress against.' },
  {
    value: 'finalReportRequired',
    label: 'A final report with the pupil’s view when a placement ends',
    hint: 'And the pupil’s destination.',
  },
] as const;

export type Requirement = (typeof requirements)[number]['value'];

export const policyFields = [
  'attendanceReporting',
  'reviewIntervalWeeks',
  'visitsPerTerm',
  'reportCadence',
  'attendanceTargetPercent',
  'fullTimeHoursThreshold',
  'requiredFrameworkId',
  'providerCommitments',
  'schoolCommitments',
];

/** The requirements a policy sets, for the checkboxes' ticks. */
export function requirementsOf(policy: SchoolApPolicy): Requirement[] {
  return requirements.map((requirement) => requirement.value).filter((value) => policy[value]);
}

function readWhole(errors: FormError[], form: FormData, field: string, min: number, max: number, message: string): number {
  const parsed = parseWholeNumber(textField(form, field));
  if (parsed.kind !== 'number' || parsed.value < min || parsed.value > max) errors.push({ field, message });
  return parsed.kind === 'number' ? parsed.value : 0;
}

function readHours(errors: FormError[], form: FormData): number {
  const text = textField(form, 'fullTimeHoursThreshold').trim();
  const hours = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!(hours >= 10 && hours <= 32.5)) errors.push({ field: 'fullTimeHoursThreshold', message: 'Full-time hours must be between 10 and 32.5 hours a week' });
  return hours;
}

/** Reads and checks the policy form; the API checks everything again. */
export function readPolicyForm(form: FormData): { errors: FormError[]; input?: UpdateSchoolApPolicyInput } {
  const errors: FormError[] = [];
  const attendanceReporting = textField(form, 'attendanceReporting');
  const reportCadence = textField(form, 'reportCadence');
  if (!Object.hasOwn(reportingCadences, attendanceReporting)) errors.push({ field: 'attendanceReporting', message: 'Select how often providers report attendance' });
  const reviewIntervalWeeks = readWhole(errors, form, 'reviewIntervalWeeks', 1, 16, 'Review interval must be a whole number of weeks between 1 and 16');
  const visitsPerTerm = readWhole(errors, form, 'visitsPerTerm', 0, 12, 'Visits per term must be a whole number between 0 and 12');
  if (!Object.hasOwn(reportCadences, reportCadence)) errors.push({ field: 'reportCadence', message: 'Select how often providers write a progress report' });
  const attendanceTargetPercent = readWhole(errors, form, 'attendanceTargetPercent', 50, 100, 'Attendance target must be a whole number between 50 and 100');
  const fullTimeHoursThreshold = readHours(errors, form);
  if (errors.length) return { errors };
  const ticks = ticked(form, 'requirements');
  const has = (requirement: Requirement) => ticks.includes(requirement);
  return {
    errors,
    input: {
      attendanceReporting: attendanceReporting as ReportingCadence,
      reviewIntervalWeeks,
      visitsPerTerm,
      reportCadence: reportCadence as ReportCadence,
      attendanceTargetPercent,
      fullTimeHoursThreshold,
      requiredFrameworkId: textField(form, 'requiredFrameworkId') || null,
      fullTimeProvidersMustBeRegistered: has('fullTimeProvidersMustBeRegistered'),
      teamTeachForBehaviourRisk: has('teamTeachForBehaviourRisk'),
      fullTimeInTotal: has('fullTimeInTotal'),
      writtenPlanRequired: has('writtenPlanRequired'),
      baselineRequired: has('baselineRequired'),
      finalReportRequired: has('finalReportRequired'),
      providerCommitments: linesOf(textField(form, 'providerCommitments')),
      schoolCommitments: linesOf(textField(form, 'schoolCommitments')),
    },
  };
}
