import { badInput } from '../common/errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date typed into a form, as YYYY-MM-DD, or BAD_USER_INPUT on the field. Taken as a
 * string (not the LocalDate scalar) so an impossible date is reported on its field. `label` reads
 * in GOV.UK style: "the date of the visit" gives "Enter the date of the visit".
 */
export function parseDate(value: string | null | undefined, field: string, label: string): string {
  const text = value?.trim() ?? '';
  if (!text) throw badInput(field, `Enter ${label}`);
  const match = ISO_DATE.exec(text);
  if (match) {
    const [year, month, day] = match.slice(1).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    if (real && year >= 2000 && year <= 2100) return text;
  }
  throw badInput(field, `${capitalise(label)} must be a real date, like 2026-03-27`);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
