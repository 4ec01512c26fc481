import { PlacementStatus } from '../placements/placement.entity.js';
import { formatLongDate } from '../qa/evidence-dates.js';
import type { PlacementFacts } from './facts.js';
import { ComplianceFinding, FindingSubject, type FindingSeverity } from './finding.type.js';

/** One compliance rule: a pure function of a placement's facts and today's date (YYYY-MM-DD). */
export type Rule = (facts: PlacementFacts, today: string) => ComplianceFinding | null;

/** Placements still being arranged or running: the agreement-time rules apply to these. */
const LIVE: readonly PlacementStatus[] = [PlacementStatus.DRAFT, PlacementStatus.PROPOSED, PlacementStatus.AGREED, PlacementStatus.ACTIVE];

export const isLive = (facts: PlacementFacts): boolean => LIVE.includes(facts.status);

export const isActive = (facts: PlacementFacts): boolean => facts.status === PlacementStatus.ACTIVE;

export const hoursHere = (facts: PlacementFacts): number => facts.agreement?.hoursPerWeek ?? 0;

/** Full-time by the school policy's threshold (the national working guide is 18 hours). */
export const isFullTime = (facts: PlacementFacts): boolean => hoursHere(facts) >= facts.policy.fullTimeHoursThreshold;

export const schoolPolicy = (facts: PlacementFacts): string => `${facts.policy.schoolName} AP policy`;

export const ARRANGING_AP = 'Arranging alternative provision (DfE statutory guidance, 2025)';

export interface FindingContent {
  rule: string;
  severity: FindingSeverity;
  title: string;
  explanation: string;
  source: string;
  since?: string | null;
  /** About the provider rather than this placement (e.g. its evidence); the placement stays linked. */
  aboutProvider?: boolean;
}

export function finding(facts: PlacementFacts, content: FindingContent): ComplianceFinding {
  const { aboutProvider, since, ...rest } = content;
  return Object.assign(new ComplianceFinding(), {
    ...rest,
    subject: aboutProvider ? FindingSubject.PROVIDER : FindingSubject.PLACEMENT,
    subjectId: aboutProvider ? facts.provider.id : facts.id,
    placementId: facts.id,
    since: since ?? null,
  });
}

/** The later of two dates, either possibly missing. */
export function later(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

/** "4 hours", "12.5 hours". */
export const hours = (value: number): string => `${Number(value.toFixed(2))} ${value === 1 ? 'hour' : 'hours'}`;

export const longDate = formatLongDate;

/** "a, b and c". */
export function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
