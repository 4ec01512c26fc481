import type { TagColour } from '../components/Tag';
import { formatLocalDate } from '../labels/dates';

export type FindingSeverity = 'BLOCKING' | 'WARNING' | 'INFO';

/** A compliance finding as the API's ComplianceFinding gives it (the fields FindingsList shows). */
export interface FindingItem {
  rule: string;
  severity: FindingSeverity;
  title: string;
  explanation: string;
  source: string;
  since?: string | null;
  placementId?: string | null;
  /** Which placement, in words, where a list mixes placements: "Amira Ahmed at Bridge Park School". */
  about?: string | null;
}

/** Tags say how serious a finding is in words; the colour only supports it. */
export const findingSeverities: Record<FindingSeverity, { label: string; colour: TagColour; hint: string }> = {
  BLOCKING: { label: 'Blocks agreement', colour: 'red', hint: 'The agreement cannot be signed until this is resolved.' },
  WARNING: { label: 'Action needed', colour: 'orange', hint: 'A duty or the school’s policy is not being met.' },
  INFO: { label: 'For information', colour: 'blue', hint: 'Worth knowing, for example a proposed national rule.' },
};

export const findingSeverityValues = Object.keys(findingSeverities) as FindingSeverity[];

/** The rows under a finding's title: which placement, what to do about it, where the rule comes from, since when. */
export function findingRows(finding: FindingItem): { key: string; value: string }[] {
  return [
    ...(finding.about ? [{ key: 'Placement', value: finding.about }] : []),
    { key: 'Why and what to do', value: finding.explanation },
    { key: 'Rule', value: finding.source },
    ...(finding.since ? [{ key: 'Since', value: formatLocalDate(finding.since) }] : []),
  ];
}

export function countFindings(findings: readonly Pick<FindingItem, 'severity'>[]): Record<FindingSeverity, number> {
  const counts: Record<FindingSeverity, number> = { BLOCKING: 0, WARNING: 0, INFO: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

const COUNT_WORDS: Record<FindingSeverity, [one: string, many: string]> = {
  BLOCKING: ['blocks an agreement', 'block agreements'],
  WARNING: ['needs action', 'need action'],
  INFO: ['is for information', 'are for information'],
};

/** "2 block agreements, 1 needs action and 3 are for information", or "Nothing needs attention". */
export function describeFindingCounts(counts: Partial<Record<FindingSeverity, number>>): string {
  const parts = findingSeverityValues
    .filter((severity) => (counts[severity] ?? 0) > 0)
    .map((severity) => `${counts[severity]} ${COUNT_WORDS[severity][counts[severity] === 1 ? 0 : 1]}`);
  if (!parts.length) return 'Nothing needs attention';
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
