import { describe, expect, it } from 'vitest';
import { linesOf } from './form-data';

describe('linesOf', () => {
  it('keeps each non-blank line, trimmed', () => {
    expect(linesOf('English\r\n  Mathematics \n\n\nArt and design\n')).toEqual(['English', 'Mathematics', 'Art and design']);
    expect(linesOf('   ')).toEqual([]);
  });
});
