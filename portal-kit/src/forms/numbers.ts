export type NumberResult = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

/** A whole number of 0 or more as typed ("1,200" allowed), or invalid. */
export function parseWholeNumber(text: string): NumberResult {
  const cleaned = text.trim().replace(/,/g, '');
  if (cleaned === '') return { kind: 'empty' };
  if (!/^\d+$/.test(cleaned)) return { kind: 'invalid' };
  const value = Number(cleaned);
  return Number.isSafeInteger(value) && value <= 2_147_483_647 ? { kind: 'number', value } : { kind: 'invalid' };
}

/**
 * An amount in whole pounds as people type it: "5000000", "5,000,000", "£5,000,000" or "£5,000,000.00".
 * Pence other than .00 are invalid: cover is recorded in whole pounds.
 */
export function parsePounds(text: string): NumberResult {
  const cleaned = text.trim().replace(/^£\s*/, '').replace(/\.00$/, '');
  if (cleaned === '') return { kind: 'empty' };
  if (!/^\d{1,3}(,\d{3})*$|^\d+$/.test(cleaned)) return { kind: 'invalid' };
  return parseWholeNumber(cleaned);
}
