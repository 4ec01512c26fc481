/** The 23 check letters: A to Z without I, O and S (domain.md §4.3). */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** Why a UPN is not valid, or null when it is (permanent: letter + 12 digits; temporary: letter + 11 digits + letter). */
export function upnProblem(upn: string): string | null {
  if (!/^[A-Z][0-9]{11}[0-9A-Z]$/.test(upn)) {
    return 'Enter a UPN of 13 characters: a letter, then 12 digits (or 11 digits and a letter for a temporary UPN)';
  }
  if (!CHECK_LETTERS.includes(upn[0]!) || !CHECK_LETTERS.includes(upn[12]!) && !/[0-9]/.test(upn[12]!)) {
    return 'A UPN never uses the letters I, O or S';
  }
  if (upn[0] !== checkLetter(upn.slice(1))) return 'Enter a real UPN: the check letter does not match the digits';
  return null;
}

/** The check letter for characters 2 to 13 of a UPN: weights 2..13, sum mod 23. */
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
