import { describe, expect, it } from 'vitest';
import { errorMessageFor, failedChecks, formErrorsFrom, looksLikeEmailAddress, problemsWithin } from './form-errors';

describe('formErrorsFrom', () => {
  it('links problems to the fields of this form and leaves the rest in the summary only', () => {
    const errors = formErrorsFrom(
      [
        { code: 'BAD_USER_INPUT', message: 'Enter your password.', field: 'password' },
        { code: 'BAD_USER_INPUT', message: 'This link has expired.', field: 'token' },
        { code: 'TOO_MANY_REQUESTS', message: 'Too many attempts. Try again in 15 minutes.' },
      ],
      ['email', 'password'],
    );
    expect(errors).toEqual([
      { field: 'password', message: 'Enter your password.' },
      { message: 'This link has expired.' },
      { message: 'Too many attempts. Try again in 15 minutes.' },
    ]);
    expect(errorMessageFor(errors, 'password')).toBe('Enter your password.');
    expect(errorMessageFor(errors, 'email')).toBeUndefined();
  });

  it('shows a repeated problem once', () => {
    const problem = { code: 'BAD_USER_INPUT' as const, message: 'Select a role.', field: 'roles' };
    expect(formErrorsFrom([problem, problem], ['roles'])).toEqual([{ field: 'roles', message: 'Select a role.' }]);
  });
});

describe('failedChecks', () => {
  it('keeps only the first failure of each field, in order', () => {
    expect(
      failedChecks([
        { field: 'email', failed: true, message: 'Enter your email address' },
        { field: 'email', failed: true, message: 'Enter an email address in the correct format' },
        { field: 'password', failed: false, message: 'Enter your password' },
        { field: 'roles', failed: true, message: 'Select at least one role' },
      ]),
    ).toEqual([
      { field: 'email', message: 'Enter your email address' },
      { field: 'roles', message: 'Select at least one role' },
    ]);
  });
});

describe('looksLikeEmailAddress', () => {
  it('accepts ordinary addresses and rejects obvious slips', () => {
    expect(looksLikeEmailAddress('head@oakfield.sch.uk')).toBe(true);
    expect(looksLikeEmailAddress(' head@oakfield.sch.uk ')).toBe(true);
    expect(looksLikeEmailAddress('head.oakfield.sch.uk')).toBe(false);
    expect(looksLikeEmailAddress('head@oakfield')).toBe(false);
    expect(looksLikeEmailAddress('head teacher@oakfield.sch.uk')).toBe(false);
  });
});

describe('problemsWithin', () => {
  it('maps the fields of one item of a list to the item form, leaving the rest for the summary', () => {
    const problems = problemsWithin(
      [
        { code: 'BAD_USER_INPUT', message: 'Enter a code for the criterion', field: 'criteria[2].code' },
        { code: 'BAD_USER_INPUT', message: 'Code SG1 is already used', field: 'criteria[12].code' },
        { code: 'CONFLICT', message: 'Name taken', field: 'name' },
      ],
      'criteria[2]',
    );
    expect(formErrorsFrom(problems, ['code', 'title'])).toEqual([
      { field: 'code', message: 'Enter a code for the criterion' },
      { message: 'Code SG1 is already used' },
      { message: 'Name taken' },
    ]);
  });
});
