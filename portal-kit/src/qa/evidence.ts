import type { EvidenceDetail, EvidenceTypeCode } from '../gql/graphql';
import { addDays, addMonths } from '../labels/dates';
import { formatPounds } from '../labels/money';

/** The evidence type in a URL: EMPLOYERS_LIABILITY_INSURANCE is "employers-liability-insurance". */
export function evidenceSlug(code: EvidenceTypeCode): string {
  return code.toLowerCase().replace(/_/g, '-');
}

/** The catalogue entry a URL's slug names, if any. */
export function evidenceTypeFromSlug<Type extends { code: EvidenceTypeCode }>(
  catalogue: readonly Type[],
  slug: string | undefined,
): Type | undefined {
  return catalogue.find((type) => evidenceSlug(type.code) === slug);
}

/** The input field of AddEvidenceVersionInput that records each detail. */
export const evidenceDetailFields = {
  COVER_AMOUNT: 'coverAmount',
  KCSIE_YEAR: 'kcsieYear',
  REPORTS_CHANGES_UNDERTAKING: 'reportsChangesUndertaking',
  TRAINED_STAFF_COUNT: 'trainedStaffCount',
  COURSE_NAME: 'courseName',
} as const satisfies Record<EvidenceDetail, string>;

/** The expiry the API gives when none is entered: the renewal cycle after the start date, less a day. */
export function defaultExpiry(validFrom: string, renewalMonths: number): string {
  return addDays(addMonths(validFrom, renewalMonths), -1);
}

export interface EvidenceDetailValues {
  coverAmount?: number | null;
  kcsieYear?: number | null;
  reportsChangesUndertaking?: boolean | null;
  trainedStaffCount?: number | null;
  courseName?: string | null;
}

/** The type-specific facts a version records, as summary rows; only those it has. */
export function evidenceDetailRows(version: EvidenceDetailValues): { key: string; value: string }[] {
  const rows: { key: string; value: string }[] = [];
  if (version.coverAmount != null) rows.push({ key: 'Amount of cover', value: formatPounds(version.coverAmount) });
  if (version.kcsieYear != null) {
    rows.push({ key: 'Keeping children safe in education edition', value: `KCSIE ${version.kcsieYear}` });
  }
  if (version.reportsChangesUndertaking != null) {
    rows.push({
      key: 'Undertaking to report changes',
      value: version.reportsChangesUndertaking ? 'Given' : 'Not given',
    });
  }
  if (version.trainedStaffCount != null) {
    rows.push({
      key: 'Trained staff',
      value: `${version.trainedStaffCount} ${version.trainedStaffCount === 1 ? 'member of staff' : 'members of staff'}`,
    });
  }
  if (version.courseName) rows.push({ key: 'Course', value: version.courseName });
  return rows;
}

/** "2.4 MB", "830 KB": a document's size as people read it. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
