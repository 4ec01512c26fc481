import type { DateParts, FormError } from '@ap/portal-kit';
import type { QaApprovalStatus } from '../../gql/graphql';

/** A decision on a provider's approval being prepared: typed answers, checked values, refused answers. */
export interface ApprovalDraft {
  frameworkId: string;
  status: QaApprovalStatus | '';
  effectiveFrom: DateParts;
  reviewDate: DateParts;
  reason: string;
  /** Set once the answers pass the checks, for the check-answers page. */
  values?: { effectiveFrom: string; reviewDate: string | null; reason: string | null; status: QaApprovalStatus };
  /** Problems the API found on recording it, for the form to show. */
  errors?: FormError[];
}

// In memory only: a reload starts again, and nothing half-decided is kept.
const drafts = new Map<string, ApprovalDraft>();

export function approvalDraftFor(providerId: string): ApprovalDraft | undefined {
  return drafts.get(providerId);
}

export function saveApprovalDraft(providerId: string, draft: ApprovalDraft): void {
  drafts.set(providerId, draft);
}

export function discardApprovalDraft(providerId: string): void {
  drafts.delete(providerId);
}
