import { describe, expect, it } from 'vitest';
import { dateErrorFor, dateFormError, datePartId, datePartsFrom, datePartsOf, parseDateParts, requireDate } from './date-input';

const parts = (day: string, month: string, year: string) => ({ day, month, year });

describe('parseDateParts', () => {
  it('reads a complete date as a LocalDate, with leading zeros added and spaces ignored', () => {
    expect(parseDateParts(parts('4', '6', '2026'), 'start date')).toEqual({ kind: 'date', value: '2026-06-04' });
    expect(parseDateParts(parts(' 04 ', '06', '2026'), 'start date')).toEqual({ kind: 'date', value: '2026-06-04' });
  });

  it('treats three empty boxes as no answer', () => {
    expect(parseDateParts(parts('', ' ', ''), 'start date')).toEqual({ kind: 'empty' });
  });

  it('names the missing parts, the GOV.UK way, and highlights only those boxes', () => {
    expect(parseDateParts(parts('4', '', '2026'), 'start date')).toEqual({
      kind: 'invalid',
      message: 'Start date must include a month',
      parts: ['month'],
    });
    expect(parseDateParts(parts('', '', '2026'), 'expiry date')).toEqual({
      kind: 'invalid',
      message: 'Expiry date must include a day and month',
      parts: ['day', 'month'],
    });
  });

  it('rejects dates that do not exist', () => {
    expect(parseDateParts(parts('31', '2', '2026'), 'date of the visit')).toMatchObject({
      kind: 'invalid',
      message: 'Date of the visit must be a real date',
      parts: ['day'],
    });
    expect(parseDateParts(parts('1', '13', '2026'), 'start date')).toMatchObject({ kind: 'invalid', parts: ['month'] });
    expect(parseDateParts(parts('x', '1', '2026'), 'start date')).toMatchObject({ kind: 'invalid', parts: ['day'] });
    expect(parseDateParts(parts('29', '2', '2028'), 'start date')).toEqual({ kind: 'date', value: '2028-02-29' });
  });

  it('asks for a four-digit year', () => {
    expect(parseDateParts(parts('4', '6', '26'), 'start date')).toEqual({
      kind: 'invalid',
      message: 'Year must include 4 numbers',
      parts: ['year'],
    });
  });
});

describe('requireDate', () => {
  it('turns no answer into "Enter the …" on every box', () => {
    expect(requireDate(parts('', '', ''), 'start date')).toEqual({
      kind: 'invalid',
      message: 'Enter the start date',
      parts: ['day', 'month', 'year'],
    });
  });
});

describe('date input ids and values', () => {
  it('gives the day box the field id, so error summary links land on it', () => {
    expect(datePartId('validFrom', 'day')).toBe('validFrom');
    expect(datePartId('validFrom', 'year')).toBe('validFrom-year');
  });

  it('reads the boxes from a submitted form and fills them from a LocalDate', () => {
    const form = new FormData();
    form.set('validFrom', '4');
    form.set('validFrom-month', '6');
    form.set('validFrom-year', '2026');
    expect(datePartsFrom(form, 'validFrom')).toEqual(parts('4', '6', '2026'));
    expect(datePartsOf('2026-06-04')).toEqual(parts('4', '6', '2026'));
    expect(datePartsOf(null)).toEqual(parts('', '', ''));
  });
});

describe('date input errors', () => {
  it('links an error to the first box to correct, and highlights only the boxes blamed', () => {
    const result = parseDateParts(parts('4', '', '2026'), 'start date');
    if (result.kind !== 'invalid') throw new Error('expected invalid');
    const error = dateFormError('validFrom', result);
    expect(error).toEqual({ field: 'validFrom-month', message: 'Start date must include a month' });
    expect(dateErrorFor([error], 'validFrom')).toEqual({ message: 'Start date must include a month', parts: ['month'] });
  });

  it('highlights every box for an error the server gave on the whole date', () => {
    expect(dateErrorFor([{ field: 'expiresOn', message: 'Expiry date must be after the start date' }], 'expiresOn')).toEqual({
      message: 'Expiry date must be after the start date',
      parts: undefined,
    });
    expect(dateErrorFor([{ field: 'validFrom', message: 'x' }], 'expiresOn')).toEqual({ message: undefined, parts: undefined });
  });
});
