import { badInput } from '../common/errors.js';
import { englandDateTime, parseTime } from '../placements/monitoring.rules.js';

/**
 * The instant something happened, from a checked date and a typed time in England:
 * "Enter the time it happened", "The time it happened must be now or in the past".
 */
export function pastInstant(date: string, time: string | null | undefined, timeField: string): Date {
  const at = englandDateTime(date, parseTime(time, timeField, 'the time it happened'));
  if (at.getTime() > Date.now()) throw badInput(timeField, 'The time it happened must be now or in the past');
  return at;
}
