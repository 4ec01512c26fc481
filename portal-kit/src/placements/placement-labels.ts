import type { TagColour } from '../components/Tag';
import type {
  AgreementParty,
  AttendancePattern,
  CostBasis,
  Destination,
  LegalBasis,
  PlacementStatus,
  ReportCadence,
  ReportingCadence,
  SessionOfDay,
  SignatureMethod,
  Weekday,
} from '../gql/graphql';

export type {
  AgreementParty,
  AttendancePattern,
  CostBasis,
  Destination,
  LegalBasis,
  PlacementStatus,
  ReportCadence,
  ReportingCadence,
  SessionOfDay,
  SignatureMethod,
  Weekday,
};


interface Labelled {
  label: string;
  colour: TagColour;
}

/** Tags say the status in words; the colour only supports it. */
export const placementStatuses: Record<PlacementStatus, Labelled & { hint: string }> = {
  DRAFT: { label: 'Draft', colour: 'grey', hint: 'The school is writing the referral. The provider cannot see it yet.' },
  PROPOSED: { label: 'Proposed', colour: 'blue', hint: 'Sent to the provider. The agreement is being signed.' },
  AGREED: { label: 'Agreed', colour: 'turquoise', hint: 'Signed by the school, the provider and the parent or carer. Not started yet.' },
  ACTIVE: { label: 'Active', colour: 'green', hint: 'The pupil attends the provider.' },
  ENDED: { label: 'Ended', colour: 'purple', hint: 'Ended, with the destination and outcomes recorded.' },
  CANCELLED: { label: 'Cancelled', colour: 'red', hint: 'Withdrawn before it started.' },
};

export const placementStatusValues = Object.keys(placementStatuses) as PlacementStatus[];

/** The legal bases (domain.md §1.1), with what each means for the school choosing one. */
export const legalBases: Record<LegalBasis, { label: string; hint: string }> = {
  S19_LA_DUTY: {
    label: 'Local authority duty (section 19)',
    hint: 'Section 19 of the Education Act 1996: the local authority arranges suitable full-time education for a pupil who would otherwise not get it because of exclusion, illness or other reasons.',
  },
  S100_SUSPENSION: {
    label: 'Suspension, from the sixth day (section 100)',
    hint: 'Section 100 of the Education and Inspections Act 2006: the school arranges suitable full-time education from the sixth consecutive school day of a suspension.',
  },
  S29A_OFF_SITE_DIRECTION: {
    label: 'Off-site direction (section 29A)',
    hint: 'Section 29A of the Education Act 2002: the pupil is directed to attend off-site provision to improve their behaviour. It must be time-limited, not a punishment, and the parent must be told in writing at least 2 school days before it starts.',
  },
  OTHER_SCHOOL_ARRANGED: {
    label: 'Other placement arranged by the school',
    hint: 'For example, a part-time placement alongside school to re-engage the pupil.',
  },
};

export const legalBasisValues = Object.keys(legalBases) as LegalBasis[];

export const destinationLabels: Record<Destination, string> = {
  RETURNED_TO_HOME_SCHOOL: 'Returned to the home school',
  MOVED_TO_ANOTHER_SCHOOL: 'Moved to another mainstream school',
  SPECIALIST_PROVISION: 'Special school or specialist provision',
  FURTHER_EDUCATION: 'Further education',
  APPRENTICESHIP_OR_TRAINING: 'Apprenticeship or training',
  EMPLOYMENT_WITH_TRAINING: 'Employment with part-time study or training',
  ANOTHER_ALTERNATIVE_PROVISION: 'Another alternative provision placement',
  NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING: 'Not in education, employment or training',
  OTHER: 'Other',
};

export const destinationValues = Object.keys(destinationLabels) as Destination[];

export const reportingCadences: Record<ReportingCadence, { label: string; hint: string }> = {
  DAILY: { label: 'Daily', hint: 'The provider reports attendance every day.' },
  WEEKLY: { label: 'Weekly', hint: 'The provider reports attendance once a week, and contacts the school whenever the pupil is absent.' },
};

export const reportCadences: Record<ReportCadence, string> = {
  TERMLY: 'Termly',
  HALF_TERMLY: 'Half-termly',
};

/** How a cost reads after its amount: "£45 per session". */
export const costBases: Record<CostBasis, string> = {
  PER_SESSION: 'per session',
  PER_DAY: 'per day',
  PER_WEEK: 'per week',
  PER_TERM: 'per term',
  WHOLE_PLACEMENT: 'for the whole placement',
};

export const agreementParties: Record<AgreementParty, string> = {
  SCHOOL: 'School',
  PROVIDER: 'Provider',
  PARENT_CARER: 'Parent or carer',
};

export const agreementPartyValues = Object.keys(agreementParties) as AgreementParty[];

export const signatureMethods: Record<SignatureMethod, string> = {
  IN_PORTAL: 'Signed here',
  ON_PAPER: 'Signed on paper, recorded here',
};

export const weekdayLabels: Record<Weekday, string> = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
};

export const weekdays = Object.keys(weekdayLabels) as Weekday[];

export const sessionLabels: Record<SessionOfDay, string> = { AM: 'Morning', PM: 'Afternoon' };

export const sessionsOfDay = Object.keys(sessionLabels) as SessionOfDay[];

const hoursFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export const attendancePatterns: Record<AttendancePattern, string> = { FULL_TIME: 'Full-time', PART_TIME: 'Part-time' };

/** "12.5 hours a week", "1 hour a week". */
export function formatHoursPerWeek(hours: number): string {
  return `${hoursFormat.format(hours)} ${hours === 1 ? 'hour' : 'hours'} a week`;
}

/** "8.5 hours a week (part-time)". */
export function describeWeeklyHours(hours: number, pattern: AttendancePattern): string {
  return `${formatHoursPerWeek(hours)} (${attendancePatterns[pattern].toLowerCase()})`;
}

const poundsAndPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** An amount in pence as GOV.UK writes money: "£45", "£45.50" (never "£45.5"). */
export function formatPence(pence: number): string {
  const text = poundsAndPence.format(pence / 100);
  return /\.\d$/.test(text) ? `${text}0` : text;
}

/** "£45 per session", or "Not agreed" when there is no cost yet. */
export function describeCost(pence: number | null | undefined, basis: CostBasis | null | undefined): string {
  if (pence === null || pence === undefined) return 'Not agreed';
  return basis ? `${formatPence(pence)} ${costBases[basis]}` : formatPence(pence);
}

/** "Every 6 weeks", "Every week". */
export function describeReviewInterval(weeks: number): string {
  return weeks === 1 ? 'Every week' : `Every ${weeks} weeks`;
}

/** "2 visits a term", "1 visit a term", "No visits". */
export function describeVisitsPerTerm(visits: number): string {
  if (visits === 0) return 'No visits';
  return `${visits} ${visits === 1 ? 'visit' : 'visits'} a term`;
}

/** The plans a personalised plan links to, in words: "EHC plan and PEP", or "None". */
export function describeLinkedPlans(plan: { linksToEhcPlan: boolean; linksToPep: boolean; linksToHealthPlan: boolean }): string {
  const linked = [plan.linksToEhcPlan && 'EHC plan', plan.linksToPep && 'PEP', plan.linksToHealthPlan && 'health care plan'].filter(
    (name): name is string => Boolean(name),
  );
  if (linked.length === 0) return 'None';
  return linked.length === 1 ? linked[0] : `${linked.slice(0, -1).join(', ')} and ${linked[linked.length - 1]}`;
}
