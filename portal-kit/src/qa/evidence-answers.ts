import type { EvidenceDetail } from '../gql/graphql';
import { dateFormError, parseDateParts, requireDate, type DateParts } from '../forms/date-input';
import type { FormError } from '../forms/form-errors';
import { parsePounds, parseWholeNumber } from '../forms/numbers';
import { formatPounds } from '../labels/money';

/** The first edition of Keeping children safe in education. */
const FIRST_KCSIE_YEAR = 2014;

/** What a provider typed about a new version of evidence, kept as typed so the form can show it again. */
export interface EvidenceAnswers {
  issuer: string;
  validFrom: DateParts;
  expiresOn: DateParts;
  coverAmount: string;
  kcsieYear: string;
  reportsChangesUndertaking: boolean;
  trainedStaffCount: string;
  courseName: string;
}

export const emptyEvidenceAnswers = (): EvidenceAnswers => ({
  issuer: '',
  validFrom: { day: '', month: '', year: '' },
  expiresOn: { day: '', month: '', year: '' },
  coverAmount: '',
  kcsieYear: '',
  reportsChangesUndertaking: false,
  trainedStaffCount: '',
  courseName: '',
});

/** The answers as AddEvidenceVersionInput wants them: facts the type does not record are null. */
export interface EvidenceVersionValues {
  issuer: string | null;
  validFrom: string;
  /** null: the API works it out from the type's renewal cycle. */
  expiresOn: string | null;
  coverAmount: number | null;
  kcsieYear: number | null;
  reportsChangesUndertaking: boolean | null;
  trainedStaffCount: number | null;
  courseName: string | null;
}

export interface EvidenceTypeRules {
  title: string;
  issuerLabel: string | null;
  details: readonly EvidenceDetail[];
  minimumCoverAmount: number | null;
}

/** The input ids of the answers form, for linking the API's errors to them. */
export const evidenceAnswerFields = [
  'issuer',
  'validFrom',
  'expiresOn',
  'coverAmount',
  'kcsieYear',
  'reportsChangesUndertaking',
  'trainedStaffCount',
  'courseName',
] as const;

function tidy(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * Checks the answers for one kind of evidence the way the API will, so most mistakes show before a
 * round trip, with the same GOV.UK-worded messages. The API stays the judge.
 */
export function checkEvidenceAnswers(
  type: EvidenceTypeRules,
  answers: EvidenceAnswers,
  today: string,
): { errors: FormError[]; values: EvidenceVersionValues | undefined } {
  const errors: FormError[] = [];
  const needs = (detail: EvidenceDetail) => type.details.includes(detail);

  const issuer = tidy(answers.issuer);
  if (type.issuerLabel && !issuer) errors.push({ field: 'issuer', message: `Enter the ${type.issuerLabel.toLowerCase()}` });
  else if (issuer.length > 200) errors.push({ field: 'issuer', message: `${type.issuerLabel ?? 'Issuer'} must be 200 characters or fewer` });

  const validFrom = requireDate(answers.validFrom, 'start date');
  if (validFrom.kind === 'invalid') errors.push(dateFormError('validFrom', validFrom));
  const expiresOn = parseDateParts(answers.expiresOn, 'expiry or review date');
  if (expiresOn.kind === 'invalid') errors.push(dateFormError('expiresOn', expiresOn));
  if (validFrom.kind === 'date' && expiresOn.kind === 'date' && expiresOn.value <= validFrom.value) {
    errors.push({ field: 'expiresOn', message: 'Expiry or review date must be after the start date' });
  }

  let coverAmount: number | null = null;
  if (needs('COVER_AMOUNT')) {
    const cover = parsePounds(answers.coverAmount);
    if (cover.kind === 'empty') errors.push({ field: 'coverAmount', message: 'Enter the amount of cover' });
    else if (cover.kind === 'invalid') {
      errors.push({ field: 'coverAmount', message: 'Amount of cover must be a whole number of pounds, like 5,000,000' });
    } else if (cover.value <= 0) errors.push({ field: 'coverAmount', message: 'Amount of cover must be more than £0' });
    else if (type.minimumCoverAmount && cover.value < type.minimumCoverAmount) {
      errors.push({ field: 'coverAmount', message: `${type.title} cover must be at least ${formatPounds(type.minimumCoverAmount)}` });
    } else coverAmount = cover.value;
  }

  let kcsieYear: number | null = null;
  if (needs('KCSIE_YEAR')) {
    const thisYear = Number(today.slice(0, 4));
    const year = answers.kcsieYear.trim();
    if (!year) {
      errors.push({ field: 'kcsieYear', message: 'Enter the year of the Keeping children safe in education edition the checks follow' });
    } else if (!/^\d{4}$/.test(year)) errors.push({ field: 'kcsieYear', message: 'KCSIE year must be a year, like 2025' });
    else if (Number(year) < FIRST_KCSIE_YEAR || Number(year) > thisYear) {
      errors.push({ field: 'kcsieYear', message: `KCSIE year must be between ${FIRST_KCSIE_YEAR} and ${thisYear}` });
    } else kcsieYear = Number(year);
  }

  if (needs('REPORTS_CHANGES_UNDERTAKING') && !answers.reportsChangesUndertaking) {
    errors.push({
      field: 'reportsChangesUndertaking',
      message: 'Confirm that you will tell commissioners about anything that may put a child at risk, such as staff changes',
    });
  }

  let trainedStaffCount: number | null = null;
  if (needs('TRAINED_STAFF_COUNT')) {
    const count = parseWholeNumber(answers.trainedStaffCount);
    if (count.kind === 'empty') errors.push({ field: 'trainedStaffCount', message: 'Enter how many staff are trained' });
    else if (count.kind === 'invalid') {
      errors.push({ field: 'trainedStaffCount', message: 'Number of trained staff must be a whole number, like 12' });
    } else if (count.value < 1) errors.push({ field: 'trainedStaffCount', message: 'Number of trained staff must be 1 or more' });
    else trainedStaffCount = count.value;
  }

  let courseName: string | null = null;
  if (needs('COURSE_NAME')) {
    const name = tidy(answers.courseName);
    if (!name) errors.push({ field: 'courseName', message: 'Enter the course name, such as Team Teach Foundation' });
    else if (name.length > 200) errors.push({ field: 'courseName', message: 'Course name must be 200 characters or fewer' });
    else courseName = name;
  }

  if (errors.length > 0 || validFrom.kind !== 'date') return { errors, values: undefined };
  return {
    errors,
    values: {
      issuer: issuer || null,
      validFrom: validFrom.value,
      expiresOn: expiresOn.kind === 'date' ? expiresOn.value : null,
      coverAmount,
      kcsieYear,
      reportsChangesUndertaking: needs('REPORTS_CHANGES_UNDERTAKING') ? true : null,
      trainedStaffCount,
      courseName,
    },
  };
}
