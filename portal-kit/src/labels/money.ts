const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

/** Whole pounds, e.g. 5000000 gives "£5,000,000". */
export function formatPounds(amount: number): string {
  return pounds.format(amount);
}
