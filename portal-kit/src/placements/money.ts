import type { NumberResult } from '../forms/numbers';

/**
 * An amount of money as people type it, in pence: "45", "45.50", "£1,200" or "£1,200.00". Pence
 * need both digits, as GOV.UK writes money.
 */
export function parsePence(text: string): NumberResult {
  const cleaned = text.trim().replace(/^£\s*/, '');
  if (cleaned === '') return { kind: 'empty' };
  const match = /^(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{2}))?$/.exec(cleaned);
  if (!match) return { kind: 'invalid' };
  const pence = Number(match[1].replace(/,/g, '')) * 100 + Number(match[2] ?? '0');
  return Number.isSafeInteger(pence) && pence <= 2_147_483_647 ? { kind: 'number', value: pence } : { kind: 'invalid' };
}

/** Pence as typed back into the box: 4550 gives "45.50", 4500 gives "45". */
export function penceAsTyped(pence: number | null | undefined): string {
  if (pence === null || pence === undefined) return '';
  return pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2);
}
