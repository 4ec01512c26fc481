import { ReportCadence } from '../placements/agreement.entity.js';
import { reviewDueOn } from '../placements/review-schedule.js';
import { addDays } from '../qa/evidence-dates.js';
import type { PlacementFacts } from './facts.js';
import { FindingSeverity } from './finding.type.js';
import { ARRANGING_AP, finding, isActive, later, longDate, schoolPolicy, type Rule } from './rule.js';

/** Rules of a running (ACTIVE) placement, on the cadences its current agreement set. */

/** A school term is about 13 weeks. */
const TERM_DAYS = 91;
const REPORT_INTERVAL_DAYS: Record<ReportCadence, number> = { TERMLY: TERM_DAYS, HALF_TERMLY: Math.round(TERM_DAYS / 2) };

/** The day something is due: `days` after the last time it happened, or after the start. */
function dueDate(facts: PlacementFacts, lastOn: string | null, days: number): string | null {
  const from = later(lastOn, facts.startedOn);
  return from ? addDays(from, days) : null;
}

const sinceWords = (facts: PlacementFacts, lastOn: string | null, what: string): string =>
  lastOn ? `The last ${what} was on ${longDate(lastOn)}` : `There has been no ${what} since the placement started on ${longDate(facts.startedOn!)}`;

export const reviewOverdue: Rule = (facts, today) => {
  if (!isActive(facts)) return null;
  const weeks = facts.agreement?.reviewIntervalWeeks ?? facts.policy.reviewIntervalWeeks;
  const due = reviewDueOn({ lastReviewOn: facts.lastReviewOn, nextReviewOn: facts.nextReviewOn, startedOn: facts.startedOn, intervalWeeks: weeks });
  if (!due || today <= due) return null;
  return finding(facts, {
    rule: 'REVIEW_OVERDUE',
    severity: FindingSeverity.WARNING,
    title: 'Review overdue',
    explanation:
      `${sinceWords(facts, facts.lastReviewOn, 'review')}; the agreement sets a review at least every ${weeks} weeks, so one was due by ${longDate(due)}. ` +
      `It clears when a review is recorded.`,
    source: `${schoolPolicy(facts)}; ${ARRANGING_AP}: reviews at least half-termly`,
    since: due,
  });
};

export const visitDue: Rule = (facts, today) => {
  const visits = facts.agreement?.visitsPerTerm ?? 0;
  if (!isActive(facts) || visits < 1) return null;
  const due = dueDate(facts, facts.lastVisitOn, Math.round(TERM_DAYS / visits));
  if (!due || today <= due) return null;
  return finding(facts, {
    rule: 'VISIT_DUE',
    severity: FindingSeverity.WARNING,
    title: 'School visit due',
    explanation:
      `${sinceWords(facts, facts.lastVisitOn, 'school visit')}; the agreement sets ${visits === 1 ? 'one visit' : `${visits} visits`} a term, ` +
      `so one was due by ${longDate(due)}. It clears when a visit is recorded.`,
    source: schoolPolicy(facts),
    since: due,
  });
};

export const progressReportOverdue: Rule = (facts, today) => {
  const cadence = facts.agreement?.reportCadence;
  if (!isActive(facts) || !cadence) return null;
  const due = dueDate(facts, facts.lastReportOn, REPORT_INTERVAL_DAYS[cadence]);
  if (!due || today <= due) return null;
  return finding(facts, {
    rule: 'PROGRESS_REPORT_OVERDUE',
    severity: FindingSeverity.WARNING,
    title: 'Progress report overdue',
    explanation:
      `${sinceWords(facts, facts.lastReportOn, 'progress report')}; the provider writes a ${cadence === ReportCadence.TERMLY ? 'termly' : 'half-termly'} report, ` +
      `so one was due by ${longDate(due)}. It clears when the provider submits a progress report.`,
    source: schoolPolicy(facts),
    since: due,
  });
};

export const proposedEndDatePassed: Rule = (facts, today) => {
  const end = facts.agreement?.proposedEndDate;
  if (!isActive(facts) || !end || today <= end) return null;
  return finding(facts, {
    rule: 'PROPOSED_END_DATE_PASSED',
    severity: FindingSeverity.WARNING,
    title: 'Proposed end date passed',
    explanation:
      `The agreement's proposed maximum end date was ${longDate(end)} and the placement is still running. ` +
      `It clears when the placement ends, or a new agreement version sets a later end date.`,
    source: `${ARRANGING_AP}: a proposed maximum period agreed for each placement`,
    since: addDays(end, 1),
  });
};
