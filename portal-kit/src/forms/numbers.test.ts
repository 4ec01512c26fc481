import { describe, expect, it } from 'vitest';
import { parsePounds, parseWholeNumber } from './numbers';

describe('parsePounds', () => {
  it('accepts whole pounds as people type them', () => {
    for (const typed of ['5000000', '5,000,000', '£5,000,000', '£ 5000000', '5,000,000.00', ' 5000000 ']) {
      expect(parsePounds(typed)).toEqual({ kind: 'number', value: 5_000_000 });
    }
  });

  it('tells an empty answer from a wrong one', () => {
    expect(parsePounds('')).toEqual({ kind: 'empty' });
    expect(parsePounds('£')).toEqual({ kind: 'empty' });
    for (const typed of ['5m', 'five million', '5,00,000', '-5000', '5000000.50', '1e7']) {
      expect(parsePounds(typed)).toEqual({ kind: 'invalid' });
    }
  });
});

describe('parseWholeNumber', () => {
  it('reads 0 or more, with thousands separators', () => {
    expect(parseWholeNumber('14')).toEqual({ kind: 'number', value: 14 });
    expect(parseWholeNumber('1,200')).toEqual({ kind: 'number', value: 1200 });
    expect(parseWholeNumber('0')).toEqual({ kind: 'number', value: 0 });
  });

  it('rejects decimals, negatives, words and numbers too large for the API', () => {
    for (const typed of ['1.5', '-1', 'ten', '99999999999']) expect(parseWholeNumber(typed)).toEqual({ kind: 'invalid' });
    expect(parseWholeNumber('  ')).toEqual({ kind: 'empty' });
  });
});
