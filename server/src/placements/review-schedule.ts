import { addDays } from '../qa/evidence-dates.js';

export interface ReviewHistory {
  /** The last review's date, if any. */
  lastReviewOn: string | null;
  /** The next review date the last review set, if any. */
  nextReviewOn: string | null;
  /** When the placement started (or is to start). */
  startedOn: string | null;
  /** The agreement's longest gap between reviews. */
  intervalWeeks: number;
}

/**
 * When the next review is due: the last review (or the start) plus the agreement's interval, or the
 * date the last review set when that is sooner. Shared by the placement page and the REVIEW_OVERDUE rule
 * so the date shown and the warning always agree.
 */
export function reviewDueOn(history: ReviewHistory): string | null {
  const from = history.lastReviewOn ?? history.startedOn;
  if (!from) return null;
  const due = addDays(from, history.intervalWeeks * 7);
  return history.lastReviewOn && history.nextReviewOn && history.nextReviewOn < due ? history.nextReviewOn : due;
}
