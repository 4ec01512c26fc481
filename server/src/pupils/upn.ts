/** The 23 check letters: A to Z without I, O and S (domain.md §4.3). */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** Permanent: check letter + 12 digits; temporary: check letter + 11 digits + a letter. */
const UPN_SHAPE = /^[A-Z][0-9]{11}[0-9A-Z]$/;

/** Why a normalised UPN (see normaliseUpn) is not valid, or null when it is. Messages name the field GOV.UK-style. */
export function upnProblem(upn: string): string | null {
  if (!upn) return 'Enter the UPN';
  if (upn.length !== 13) return 'UPN must be 13 characters';
  if (/[IOS]/.test(upn)) return 'UPN must not contain the letters I, O or S';
  if (!UPN_SHAPE.test(upn)) return 'UPN must be a letter then 12 digits, or for a temporary UPN a letter, 11 digits and a letter';
  if (upn[0] !== checkLetter(upn.slice(1))) return 'Enter a real UPN: its first letter does not match the rest, so check it for typing mistakes';
  return null;
}

/** The check letter for characters 2 to 13 of a UPN: weights 2..13, sum mod 23 (a final letter counts as its index in CHECK_LETTERS). */
export function checkLetter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i]!;
    const value = /[0-9]/.test(char) ? Number(char) : CHECK_LETTERS.indexOf(char);
    sum += value * (i + 2);
  }
  return CHECK_LETTERS[sum % 23]!;
}

/** Upper case, spaces removed: how UPNs are stored and compared. */
export function normaliseUpn(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** A valid permanent UPN from the 12 digits after the check letter (tests and demo data). */
export function upnFromDigits(digits: string): string {
  return `${checkLetter(digits)}${digits}`;
}
