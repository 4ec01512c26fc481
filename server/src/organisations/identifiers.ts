import { badInput } from '../common/errors.js';

/** Identifier rules from domain.md §4.3. Each returns the normalised value or throws BAD_USER_INPUT on `field`. */

export function validateLaCode(value: string, field: string): string {
  const code = value.trim();
  if (!/^\d{3}$/.test(code)) throw badInput(field, 'LA code must be 3 digits, like 371');
  return code;
}

export function validateUrn(value: string, field: string): string {
  const urn = value.trim();
  if (!/^\d{6}$/.test(urn)) throw badInput(field, 'URN must be 6 digits, like 106789');
  return urn;
}

export function validateUkprn(value: string, field: string): string {
  const ukprn = value.trim();
  if (!/^1\d{7}$/.test(ukprn)) throw badInput(field, 'UKPRN must be 8 digits starting with 1, like 10001234');
  return ukprn;
}

/** LAESTAB (DfE number) = the school's 3-digit LA code + a 4-digit establishment number. */
export function validateLaestab(value: string, laCode: string, field: string): string {
  const laestab = value.replace(/[\s/]/g, '');
  if (!/^\d{7}$/.test(laestab)) throw badInput(field, 'LAESTAB must be 7 digits: the LA code then the establishment number, like 3714001');
  if (!laestab.startsWith(laCode)) throw badInput(field, `LAESTAB must start with the school's LA code, ${laCode}`);
  return laestab;
}

const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/;

/** UK postcode, upper case with one space before the inward code. */
export function normalisePostcode(value: string, field: string): string {
  const match = POSTCODE.exec(value.trim().toUpperCase().replace(/\s+/g, ' '));
  if (!match) throw badInput(field, 'Enter a real postcode, like DN1 3BU');
  return `${match[1]} ${match[2]}`;
}

export function requireText(value: string | null | undefined, field: string, label: string, max = 200): string {
  const text = (value ?? '').trim();
  if (!text) throw badInput(field, `Enter ${label}`);
  if (text.length > max) throw badInput(field, `${label[0].toUpperCase()}${label.slice(1)} must be ${max} characters or fewer`);
  return text;
}
