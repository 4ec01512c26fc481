import { describe, expect, it } from 'vitest';
import { addDays, todayInEngland } from '../labels/dates';
import { checkHappened } from './happened';

function form(date: string, time: string): FormData {
  const data = new FormData();
  const [year, month, day] = date ? date.split('-') : ['', '', ''];
  data.set('on', day);
  data.set('on-month', month);
  data.set('on-year', year);
  data.set('at', time);
  return data;
}

describe('checkHappened', () => {
  it('reads a past date and a 24-hour time', () => {
    expect(checkHappened(form('2026-03-27', '9:05'), 'on', 'at')).toEqual({ invalid: [], date: '2026-03-27', time: '09:05' });
  });

  it('asks for both, and refuses a future date or a time that is not 24-hour', () => {
    expect(checkHappened(form('', ''), 'on', 'at').invalid.map((error) => error.message)).toEqual(['Enter the date it happened', 'Enter the time it happened']);
    const future = checkHappened(form(addDays(todayInEngland(), 1), '3pm'), 'on', 'at');
    expect(future.invalid).toEqual([
      { field: 'on', message: 'The date it happened must be today or in the past' },
      { field: 'at', message: 'Enter the time it happened in 24-hour format, like 13:45' },
    ]);
  });
});
