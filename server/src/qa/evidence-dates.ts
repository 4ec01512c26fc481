/** Calendar dates as `YYYY-MM-DD` strings (the LocalDate scalar and PostgreSQL `date`), in England's time zone. */

const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in England, which is when a certificate runs out for the people reading it. */
export function todayInEngland(now: Date = new Date()): string {
  return LONDON_DAY.format(now);
}

/** The date `days` later (or earlier, when negative). */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The date `months` later; the 31st of a shorter month becomes its last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** "23 November 2026", the GOV.UK date style, for a YYYY-MM-DD date. */
export function formatLongDate(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
