import { describe, expect, it } from 'vitest';
import { parsePence, penceAsTyped } from './money';

describe('parsePence', () => {
  it('reads pounds and pence as people type them', () => {
    expect(parsePence('45')).toEqual({ kind: 'number', value: 4500 });
    expect(parsePence('£45.50')).toEqual({ kind: 'number', value: 4550 });
    expect(parsePence(' £1,200.00 ')).toEqual({ kind: 'number', value: 120_000 });
    expect(parsePence('1200')).toEqual({ kind: 'number', value: 120_000 });
    expect(parsePence('')).toEqual({ kind: 'empty' });
  });

  it('refuses anything else', () => {
    for (const text of ['45.5', '4,50', '-10', 'forty', '12,34.00']) expect(parsePence(text)).toEqual({ kind: 'invalid' });
  });
});

describe('penceAsTyped', () => {
  it('gives back what the box showed', () => {
    expect(penceAsTyped(4500)).toBe('45');
    expect(penceAsTyped(4550)).toBe('45.50');
    expect(penceAsTyped(null)).toBe('');
  });
});
