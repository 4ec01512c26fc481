import { dateFormError, datePartsFrom, requireDate } from '../forms/date-input';
import { textField } from '../forms/form-data';
import type { FormError } from '../forms/form-errors';
import { todayInEngland } from '../labels/dates';
import { parseTimeOfDay } from '../placements/monitoring-labels';

export interface HappenedAnswer {
  invalid: FormError[];
  date?: string;
  time?: string;
}

/** When something happened, as a date (three boxes) and a 24-hour time, checked as the server checks them. */
export function checkHappened(data: FormData, dateId: string, timeId: string): HappenedAnswer {
  const invalid: FormError[] = [];
  const date = requireDate(datePartsFrom(data, dateId), 'date it happened');
  if (date.kind === 'invalid') invalid.push(dateFormError(dateId, date));
  else if (date.kind === 'date' && date.value > todayInEngland()) invalid.push({ field: dateId, message: 'The date it happened must be today or in the past' });
  const typed = textField(data, timeId);
  const time = parseTimeOfDay(typed);
  if (!time) invalid.push({ field: timeId, message: typed.trim() ? 'Enter the time it happened in 24-hour format, like 13:45' : 'Enter the time it happened' });
  return { invalid, date: date.kind === 'date' ? date.value : undefined, time };
}
