/** The three boxes of a GOV.UK date input, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

export type DateInputResult =
  | { kind: 'empty' }
  | { kind: 'date'; value: string }
  /** `parts`: the boxes to highlight; the error links to the first of them. */
  | { kind: 'invalid'; message: string; parts: DatePart[] };

const partNames: Record<DatePart, string> = { day: 'a day', month: 'a month', year: 'a year' };
const order: DatePart[] = ['day', 'month', 'year'];

/** The boxes' ids: the day box carries the field's own id so error summary links land on it. */
export function datePartId(id: string, part: DatePart): string {
  return part === 'day' ? id : `${id}-${part}`;
}

export function datePartsFrom(form: FormData, id: string): DateParts {
  const read = (part: DatePart) => {
    const value = form.get(datePartId(id, part));
    return typeof value === 'string' ? value : '';
  };
  return { day: read('day'), month: read('month'), year: read('year') };
}

/** The boxes filled in from a LocalDate ("2026-06-04" gives 4, 6, 2026), or empty. */
export function datePartsOf(localDate: string | null | undefined): DateParts {
  if (!localDate) return { day: '', month: '', year: '' };
  const [year, month, day] = localDate.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Reads a GOV.UK date input as a LocalDate, with GOV.UK's error messages. `label` is a noun phrase
 * such as "start date" or "date of the visit": "Enter the start date", "Start date must be a real date".
 */
export function parseDateParts(parts: DateParts, label: string): DateInputResult {
  const trimmed = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = order.filter((part) => trimmed[part] === '');
  if (missing.length === 3) return { kind: 'empty' };
  if (missing.length > 0) {
    const names = missing.map((part) => partNames[part].replace(/^a /, ''));
    return {
      kind: 'invalid',
      message: `${capitalise(label)} must include a ${names.join(' and ')}`,
      parts: missing,
    };
  }
  const notNumbers = order.filter((part) => !/^\d+$/.test(trimmed[part]));
  if (notNumbers.length > 0) {
    return { kind: 'invalid', message: `${capitalise(label)} must be a real date`, parts: notNumbers };
  }
  if (trimmed.year.length !== 4) return { kind: 'invalid', message: 'Year must include 4 numbers', parts: ['year'] };
  const day = Number(trimmed.day);
  const month = Number(trimmed.month);
  const year = Number(trimmed.year);
  if (month < 1 || month > 12) return { kind: 'invalid', message: `${capitalise(label)} must be a real date`, parts: ['month'] };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || date.getUTCMonth() !== month - 1) {
    return { kind: 'invalid', message: `${capitalise(label)} must be a real date`, parts: ['day'] };
  }
  return { kind: 'date', value: `${trimmed.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** A required date: empty is an error too ("Enter the start date"). */
export function requireDate(parts: DateParts, label: string): DateInputResult {
  const result = parseDateParts(parts, label);
  return result.kind === 'empty' ? { kind: 'invalid', message: `Enter the ${label}`, parts: [...order] } : result;
}

/** The form error for an invalid date, linked to the first box to correct. */
export function dateFormError(id: string, result: Extract<DateInputResult, { kind: 'invalid' }>): { field: string; message: string } {
  return { field: datePartId(id, result.parts[0] ?? 'day'), message: result.message };
}

/** The error to show on a date input, and which boxes to highlight (all of them unless one box was blamed). */
export function dateErrorFor(
  errors: readonly { field?: string; message: string }[],
  id: string,
): { message: string | undefined; parts: DatePart[] | undefined } {
  const error = errors.find((item) => item.field === id || item.field === `${id}-month` || item.field === `${id}-year`);
  if (!error) return { message: undefined, parts: undefined };
  const part = error.field === id ? undefined : (error.field!.slice(id.length + 1) as DatePart);
  return { message: error.message, parts: part ? [part] : undefined };
}
