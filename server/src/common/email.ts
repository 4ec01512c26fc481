import isEmail from 'validator/lib/isEmail.js';
import { badInput } from './errors.js';

/** Trimmed, lower-cased e-mail address, or a GOV.UK-worded error on the field. */
export function normaliseEmail(value: string, field: string): string {
  const email = value.trim().toLowerCase();
  if (!email) throw badInput(field, 'Enter an email address');
  if (email.length > 254 || !isEmail(email, { require_tld: true })) {
    throw badInput(field, 'Enter an email address in the correct format, like name@example.com');
  }
  return email;
}
