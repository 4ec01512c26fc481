import { describe, expect, it } from 'vitest';
import { noticeFrom, noticeState } from './notice';

describe('noticeFrom', () => {
  it('reads the notice a previous page left in history state', () => {
    expect(noticeFrom(noticeState('Invitation sent to a@b.com'))).toBe('Invitation sent to a@b.com');
  });

  it('ignores any other state', () => {
    expect(noticeFrom(null)).toBeUndefined();
    expect(noticeFrom({ notice: 3 })).toBeUndefined();
    expect(noticeFrom('notice')).toBeUndefined();
  });
});
