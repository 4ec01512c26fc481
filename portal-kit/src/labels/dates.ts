const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/** GOV.UK date style, e.g. "4 June 2026", in UK time whatever the browser's zone. */
export function formatDate(isoDateTime: string): string {
  return longDate.format(new Date(isoDateTime));
}
