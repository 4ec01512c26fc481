import { describe, expect, it } from 'vitest';
import { cellFieldId, cellKey, checkMarks, type GridCell, gridRange, markAllPresent, problemsOnCells, sessionColumns } from './attendance-grid';

const sam = (date: string, session: 'AM' | 'PM'): GridCell => ({ placementId: 'p1', pupilName: 'Sam', date, session });

describe('the attendance grid form', () => {
  it('shows a day, or Monday to Friday of the week', () => {
    expect(gridRange('day', '2026-11-25')).toEqual({ from: '2026-11-25', to: '2026-11-25' });
    expect(gridRange('week', '2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-27' });
  });

  it('lists each session column once, by date then AM/PM', () => {
    const rows = [{ cells: [sam('2026-11-24', 'PM'), sam('2026-11-24', 'AM')] }, { cells: [sam('2026-11-23', 'PM'), sam('2026-11-24', 'AM')] }];
    expect(sessionColumns(rows)).toEqual([
      { date: '2026-11-23', session: 'PM' },
      { date: '2026-11-24', session: 'AM' },
      { date: '2026-11-24', session: 'PM' },
    ]);
  });

  it('marks every unmarked cell present, keeping chosen marks', () => {
    const cells = [sam('2026-11-23', 'AM'), sam('2026-11-23', 'PM')];
    const values = { [cellKey(cells[1])]: { mark: 'ABSENT' as const, absenceReason: 'ILLNESS' as const, minutesLate: '' } };
    expect(markAllPresent(values, cells)).toEqual({
      [cellKey(cells[0])]: { mark: 'PRESENT', absenceReason: '', minutesLate: '' },
      [cellKey(cells[1])]: values[cellKey(cells[1])],
    });
  });

  it('sends marked cells only, with the correction reason on earlier days, and links problems to cells', () => {
    const cells = [sam('2026-11-22', 'AM'), sam('2026-11-23', 'AM'), sam('2026-11-23', 'PM'), sam('2026-11-24', 'AM')];
    const values = {
      [cellKey(cells[0])]: { mark: 'PRESENT' as const, absenceReason: '' as const, minutesLate: '' },
      [cellKey(cells[1])]: { mark: 'LATE' as const, absenceReason: '' as const, minutesLate: 'ten' },
      [cellKey(cells[2])]: { mark: 'ABSENT' as const, absenceReason: '' as const, minutesLate: '' },
    };
    const checked = checkMarks(cells, values, ' Register checked ', '2026-11-23');
    expect(checked.marks.map((m) => [m.date, m.mark, m.correctionReason])).toEqual([
      ['2026-11-22', 'PRESENT', 'Register checked'],
      ['2026-11-23', 'LATE', null],
      ['2026-11-23', 'ABSENT', null],
    ]);
    expect(checked.errors).toEqual([
      { field: cellFieldId(cells[1], 'minutesLate'), message: 'Enter minutes late as a whole number from 1 to 300 (Sam, Mon 23 Nov AM)' },
      { field: cellFieldId(cells[2], 'absenceReason'), message: 'Select the reason for the absence (Sam, Mon 23 Nov PM)' },
    ]);
    expect(
      problemsOnCells(
        [
          { code: 'BAD_USER_INPUT', field: 'marks.1.session', message: 'Not in the timetable' },
          { code: 'BAD_USER_INPUT', field: 'marks.0.correctionReason', message: 'Give a reason for correcting a past mark' },
          { code: 'CONFLICT', message: 'Something else' },
        ],
        checked.sent,
        'correctionReason',
      ),
    ).toEqual([
      { code: 'BAD_USER_INPUT', field: cellFieldId(cells[1], 'mark'), message: 'Not in the timetable (Sam, Mon 23 Nov AM)' },
      { code: 'BAD_USER_INPUT', field: 'correctionReason', message: 'Give a reason for correcting a past mark' },
      { code: 'CONFLICT', message: 'Something else' },
    ]);
  });
});

describe('attendance labels', () => {
  it('heads a column with the weekday, date and session', async () => {
    const { formatSessionHeading } = await import('./attendance-labels');
    expect(formatSessionHeading('2026-11-23', 'PM')).toBe('Mon 23 Nov PM');
  });
});
