const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

const shortDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'Europe/London',
});

const londonDay = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Europe/London',
});

/** GOV.UK date style, e.g. "4 June 2026", in UK time whatever the browser's zone. */
export function formatDate(isoDateTime: string): string {
  return longDate.format(new Date(isoDateTime));
}

/** A calendar date (LocalDate, "2026-06-04") in GOV.UK style, "4 June 2026", with no time zone shift. */
export function formatLocalDate(localDate: string): string {
  const [year, month, day] = localDate.split('-').map(Number);
  return longDate.format(new Date(Date.UTC(year, month - 1, day, 12)));
}

/** The short form for tables, e.g. "4 Jun 2026" (GOV.UK allows abbreviated months where space is tight). */
export function formatShortDate(isoDateTime: string): string {
  return shortDate.format(new Date(isoDateTime)).replace('Sept', 'Sep');
}

/** A calendar date in the short form for tables, e.g. "4 Jun 2026". */
export function formatShortLocalDate(localDate: string): string {
  const [year, month, day] = localDate.split('-').map(Number);
  return formatShortDate(new Date(Date.UTC(year, month - 1, day, 12)).toISOString());
}

/** Today's date in England as a LocalDate ("2026-06-04"): when a certificate runs out for people here. */
export function todayInEngland(now: Date = new Date()): string {
  return londonDay.format(now);
}

/** The date `days` later (earlier when negative). */
export function addDays(localDate: string, days: number): string {
  const at = new Date(`${localDate}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The date `months` later; the 31st of a shorter month becomes its last day. */
export function addMonths(localDate: string, months: number): string {
  const [year, month, day] = localDate.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}
