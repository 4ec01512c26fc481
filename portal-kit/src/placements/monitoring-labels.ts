import type { TagColour } from '../components/Tag';
import type { ObjectiveOutcome, ReviewOutcome } from '../gql/graphql';
import { parseWholeNumber, type NumberResult } from '../forms/numbers';
import { addDays, formatDate, formatLocalDate } from '../labels/dates';

interface Labelled {
  label: string;
  colour: TagColour;
}

/** What a review decided, with what each choice means for the school recording it. */
export const reviewOutcomes: Record<ReviewOutcome, Labelled & { hint: string }> = {
  CONTINUE: { label: 'Continue', colour: 'green', hint: 'Continue the placement as agreed.' },
  ADJUST: { label: 'Adjust', colour: 'yellow', hint: 'Continue, with changes to the plan or the agreement.' },
  END: { label: 'End', colour: 'purple', hint: 'End the placement. Record the ending, with the destination and outcomes, when it ends.' },
};

export const reviewOutcomeValues = Object.keys(reviewOutcomes) as ReviewOutcome[];

/** How far each objective was met when the placement ended. */
export const objectiveOutcomes: Record<ObjectiveOutcome, Labelled> = {
  ACHIEVED: { label: 'Achieved', colour: 'green' },
  PARTLY_ACHIEVED: { label: 'Partly achieved', colour: 'yellow' },
  NOT_ACHIEVED: { label: 'Not achieved', colour: 'red' },
};

export const objectiveOutcomeValues = Object.keys(objectiveOutcomes) as ObjectiveOutcome[];

export type ReviewDueState = 'OVERDUE' | 'DUE_SOON' | 'SCHEDULED';

export const reviewDueStates: Record<ReviewDueState, Labelled> = {
  OVERDUE: { label: 'Overdue', colour: 'red' },
  DUE_SOON: { label: 'Due soon', colour: 'yellow' },
  SCHEDULED: { label: 'Scheduled', colour: 'blue' },
};

/** Days before a review's due date from which it shows as due soon: time to invite parents (at least 6 days) and the provider. */
export const REVIEW_DUE_SOON_DAYS = 14;

/** Whether the next review is overdue, due within two weeks, or further off. */
export function reviewDueState(due: string, today: string): ReviewDueState {
  if (due < today) return 'OVERDUE';
  return due <= addDays(today, REVIEW_DUE_SOON_DAYS) ? 'DUE_SOON' : 'SCHEDULED';
}

/** The seeds' termly review: attendance below 100% needs a commentary. */
export function attendanceNeedsCommentary(percent: number): boolean {
  return percent < 100;
}

/** A percentage typed as a whole number from 0 to 100, with or without the % sign. */
export function parsePercent(text: string): NumberResult {
  const result = parseWholeNumber(text.trim().replace(/\s*%$/, ''));
  return result.kind === 'number' && result.value > 100 ? { kind: 'invalid' } : result;
}

export function formatPercent(percent: number | null | undefined): string {
  return percent === null || percent === undefined ? 'Not recorded' : `${percent}%`;
}

/** The period a report covers, e.g. "1 September 2026 to 18 December 2026". */
export function describePeriod(start: string, end: string): string {
  return `${formatLocalDate(start)} to ${formatLocalDate(end)}`;
}

const londonClock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' });

/** A time of day in GOV.UK style, in UK time: "9:05am", "1pm", "midday", "midnight". */
export function formatTime(isoDateTime: string): string {
  const [hours, minutes] = londonClock.format(new Date(isoDateTime)).split(':').map(Number);
  if (minutes === 0 && hours === 0) return 'midnight';
  if (minutes === 0 && hours === 12) return 'midday';
  const clock = `${hours % 12 || 12}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}`;
  return `${clock}${hours < 12 ? 'am' : 'pm'}`;
}

/** "1 July 2026 at 9:05am", in UK time. */
export function formatDateTime(isoDateTime: string): string {
  return `${formatDate(isoDateTime)} at ${formatTime(isoDateTime)}`;
}

/** The 24-hour "HH:MM" a time box expects for an instant, in UK time: "09:05". */
export function timeOfDay(isoDateTime: string): string {
  return londonClock.format(new Date(isoDateTime));
}

/** A time typed as 24-hour H:MM or HH:MM, normalised to "HH:MM"; undefined when it is not a real time. */
export function parseTimeOfDay(text: string): string | undefined {
  const match = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(text.trim());
  return match ? `${match[1].padStart(2, '0')}:${match[2]}` : undefined;
}

/** Safeguarding concerns never go in a visit record: the record only says there were some (seed 004's proforma). */
export const safeguardingReminder =
  'Record the safeguarding concerns themselves separately and share them DSL to DSL straight away, as your safeguarding policy says. This visit record only notes that there were concerns.';
