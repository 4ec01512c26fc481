import { describe, expect, it } from 'vitest';
import { formatPageTitle } from './page-title';

describe('formatPageTitle', () => {
  it('names the page, the portal and the product', () => {
    expect(formatPageTitle('Sign in', 'School portal', false)).toBe('Sign in – School portal – AP Partnership');
  });

  it('starts with "Error:" while the page shows form errors', () => {
    expect(formatPageTitle('Sign in', 'Provider portal', true)).toBe(
      'Error: Sign in – Provider portal – AP Partnership',
    );
  });
});
