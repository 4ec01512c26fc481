import { describe, expect, it } from 'vitest';
import { checkLetter, normaliseUpn, upnFromDigits, upnProblem } from './upn.js';

describe('UPN check letter (domain.md §4.3)', () => {
  it('accepts the worked example and refuses it with the wrong check letter', () => {
    expect(checkLetter('801200005001')).toBe('B');
    expect(upnProblem('B801200005001')).toBeNull();
    expect(upnProblem('A801200005001')).toMatch(/^Enter a real UPN/);
  });

  it('accepts a temporary UPN (11 digits and a final letter, counted by its place in the alphabet)', () => {
    expect(upnProblem('M80120000500A')).toBeNull();
    expect(upnProblem('B80120000500A')).toMatch(/^Enter a real UPN/);
  });

  it('never uses I, O or S, first or last', () => {
    expect(upnProblem('I801200005001')).toBe('UPN must not contain the letters I, O or S');
    expect(upnProblem('B80120000500O')).toBe('UPN must not contain the letters I, O or S');
    expect(upnProblem('S801200005001')).toBe('UPN must not contain the letters I, O or S');
  });

  it('is 13 characters: a letter, 11 digits, then a digit or letter', () => {
    expect(upnProblem('')).toBe('Enter the UPN');
    expect(upnProblem('B80120000500')).toBe('UPN must be 13 characters');
    expect(upnProblem('B8012000050011')).toBe('UPN must be 13 characters');
    expect(upnProblem('8801200005001')).toMatch(/^UPN must be a letter then 12 digits/);
    expect(upnProblem('B8012A0005001')).toMatch(/^UPN must be a letter then 12 digits/);
  });

  it('ignores spaces and case once normalised', () => {
    expect(normaliseUpn(' b801 2000 05001 ')).toBe('B801200005001');
    expect(upnProblem(normaliseUpn('m80120000500a'))).toBeNull();
  });

  it('builds valid UPNs from an LA code, establishment number, year and serial', () => {
    const upn = upnFromDigits('371402026001');
    expect(upn).toHaveLength(13);
    expect(upnProblem(upn)).toBeNull();
  });
});
