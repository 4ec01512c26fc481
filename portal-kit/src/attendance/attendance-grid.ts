import type { ApiProblem } from '../graphql/errors';
import type { FormError } from '../forms/form-errors';
import { addDays } from '../labels/dates';
import { formatSessionHeading, type AbsenceReasonValue, type AttendanceMarkValue } from './attendance-labels';

/** The provider's attendance grid as a form: pure helpers the page and its tests share. */

export type GridView = 'day' | 'week';

export interface GridSession {
  date: string;
  session: 'AM' | 'PM';
}

/** One cell the grid can mark: a pupil's session. */
export interface GridCell extends GridSession {
  placementId: string;
  pupilName: string;
}

/** What is chosen in a cell; empty strings while nothing is. */
export interface CellValue {
  mark: AttendanceMarkValue | '';
  absenceReason: AbsenceReasonValue | '';
  minutesLate: string;
}

export const EMPTY_CELL: CellValue = { mark: '', absenceReason: '', minutesLate: '' };

export interface MarkInput extends GridSession {
  placementId: string;
  mark: AttendanceMarkValue;
  minutesLate: number | null;
  absenceReason: AbsenceReasonValue | null;
  correctionReason: string | null;
}

/** The Monday of a date's week. */
export function mondayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, day === 0 ? -6 : 1 - day);
}

/** The days the grid shows: the day itself, or Monday to Friday of its week. */
export function gridRange(view: GridView, date: string): { from: string; to: string } {
  if (view === 'day') return { from: date, to: date };
  const monday = mondayOf(date);
  return { from: monday, to: addDays(monday, 4) };
}

/** Element id of a cell's control: 'mark', 'absenceReason' or 'minutesLate'. */
export function cellFieldId(cell: Pick<GridCell, 'placementId' | 'date' | 'session'>, control: keyof CellValue): string {
  return `${control}-${cell.placementId}-${cell.date}-${cell.session}`;
}

export function cellKey(cell: Pick<GridCell, 'placementId' | 'date' | 'session'>): string {
  return `${cell.placementId} ${cell.date} ${cell.session}`;
}

/** Every session column any row has, by date then AM/PM. */
export function sessionColumns(rows: readonly { cells: readonly GridSession[] }[]): GridSession[] {
  const columns = new Map<string, GridSession>();
  for (const row of rows) for (const cell of row.cells) columns.set(`${cell.date} ${cell.session}`, { date: cell.date, session: cell.session });
  return [...columns.values()].sort((a, b) => a.date.localeCompare(b.date) || a.session.localeCompare(b.session));
}

/** "Mark all present": every cell with no mark chosen becomes present; chosen marks stay. */
export function markAllPresent(values: Readonly<Record<string, CellValue>>, cells: readonly GridCell[]): Record<string, CellValue> {
  const next = { ...values };
  for (const cell of cells) {
    const key = cellKey(cell);
    if (!next[key]?.mark) next[key] = { ...EMPTY_CELL, mark: 'PRESENT' };
  }
  return next;
}

const WHOLE_NUMBER = /^\d+$/;

/**
 * The marks to send (cells with a mark chosen), or the problems to show, each linked to its cell.
 * A correction reason, when given, goes with every mark of an earlier day.
 */
export function checkMarks(
  cells: readonly GridCell[],
  values: Readonly<Record<string, CellValue>>,
  correctionReason: string,
  today: string,
): { marks: MarkInput[]; sent: GridCell[]; errors: FormError[] } {
  const marks: MarkInput[] = [];
  const sent: GridCell[] = [];
  const errors: FormError[] = [];
  const reason = correctionReason.trim() || null;
  for (const cell of cells) {
    const value = values[cellKey(cell)] ?? EMPTY_CELL;
    if (!value.mark) continue;
    const when = describeCell(cell);
    if (value.mark === 'ABSENT' && !value.absenceReason) {
      errors.push({ field: cellFieldId(cell, 'absenceReason'), message: `Select the reason for the absence (${when})` });
    }
    const minutes = value.minutesLate.trim();
    const minutesLate = WHOLE_NUMBER.test(minutes) ? Number(minutes) : null;
    if (value.mark === 'LATE' && (minutesLate === null || minutesLate < 1 || minutesLate > 300)) {
      errors.push({ field: cellFieldId(cell, 'minutesLate'), message: `Enter minutes late as a whole number from 1 to 300 (${when})` });
    }
    marks.push({
      placementId: cell.placementId,
      date: cell.date,
      session: cell.session,
      mark: value.mark,
      minutesLate: value.mark === 'LATE' ? minutesLate : null,
      absenceReason: value.mark === 'ABSENT' && value.absenceReason ? value.absenceReason : null,
      correctionReason: cell.date < today ? reason : null,
    });
    sent.push(cell);
  }
  return { marks, sent, errors };
}

const MARK_FIELD = /^marks\.(\d+)\.(\w+)$/;

/** Moves the server's `marks.3.absenceReason` onto the cell it was about; other problems stay as they are. */
export function problemsOnCells(problems: readonly ApiProblem[], sent: readonly GridCell[], correctionField: string): ApiProblem[] {
  return problems.map((problem) => {
    const match = MARK_FIELD.exec(problem.field ?? '');
    const cell = match ? sent[Number(match[1])] : undefined;
    if (!match || !cell) return problem;
    const control = match[2];
    if (control === 'correctionReason') return { ...problem, field: correctionField };
    const field = control === 'absenceReason' || control === 'minutesLate' ? cellFieldId(cell, control) : cellFieldId(cell, 'mark');
    return { ...problem, field, message: `${problem.message} (${describeCell(cell)})` };
  });
}

/** "Sam Jones, Mon 23 Nov AM": which cell a message is about. */
export function describeCell(cell: GridCell): string {
  return `${cell.pupilName}, ${formatSessionHeading(cell.date, cell.session)}`;
}
