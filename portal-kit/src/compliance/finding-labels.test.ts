import { describe, expect, it } from 'vitest';
import { countFindings, describeFindingCounts, findingRows, findingSeverities, type FindingItem } from './finding-labels';

const finding: FindingItem = {
  rule: 'REVIEW_OVERDUE',
  severity: 'WARNING',
  title: 'Review overdue',
  explanation: 'The last review was on 7 October 2026. It clears when a review is recorded.',
  source: 'Oakfield School AP policy',
  since: '2026-11-18',
  placementId: 'p1',
};

describe('compliance findings', () => {
  it('say how serious each is in words, with the agreed colours', () => {
    expect(findingSeverities.BLOCKING).toMatchObject({ label: 'Blocks agreement', colour: 'red' });
    expect(findingSeverities.WARNING).toMatchObject({ label: 'Action needed', colour: 'orange' });
    expect(findingSeverities.INFO).toMatchObject({ label: 'For information', colour: 'blue' });
  });

  it('show why, the rule and since when, leaving out an unknown date', () => {
    expect(findingRows(finding)).toEqual([
      { key: 'Why and what to do', value: finding.explanation },
      { key: 'Rule', value: 'Oakfield School AP policy' },
      { key: 'Since', value: '18 November 2026' },
    ]);
    expect(findingRows({ ...finding, since: null }).map((row) => row.key)).toEqual(['Why and what to do', 'Rule']);
    expect(findingRows({ ...finding, about: 'Amira Ahmed at Bridge Park School' })[0]).toEqual({ key: 'Placement', value: 'Amira Ahmed at Bridge Park School' });
  });

  it('are counted and described by severity', () => {
    const counts = countFindings([{ severity: 'BLOCKING' }, { severity: 'BLOCKING' }, { severity: 'WARNING' }]);
    expect(counts).toEqual({ BLOCKING: 2, WARNING: 1, INFO: 0 });
    expect(describeFindingCounts(counts)).toBe('2 block agreements and 1 needs action');
    expect(describeFindingCounts({ BLOCKING: 1, WARNING: 3, INFO: 1 })).toBe('1 blocks an agreement, 3 need action and 1 is for information');
    expect(describeFindingCounts({})).toBe('Nothing needs attention');
  });
});
