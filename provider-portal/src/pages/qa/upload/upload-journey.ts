import type { EvidenceAnswers, EvidenceVersionValues, FormError, UploadedDocument } from '@ap/portal-kit';

/**
 * One evidence upload in progress, from choosing the file to checking the answers. Kept in memory
 * only: a reload starts the journey again, and nothing half-finished is ever saved.
 */
export interface EvidenceDraft {
  document?: UploadedDocument;
  answers?: EvidenceAnswers;
  values?: EvidenceVersionValues;
  /** Problems the API found when adding the version, for the page that can put them right. */
  fileErrors?: FormError[];
  answerErrors?: FormError[];
}

const drafts = new Map<string, EvidenceDraft>();

/** Per provider as well as per type, so switching organisation never mixes two providers' answers. */
function keyOf(providerId: string, typeCode: string): string {
  return `${providerId}:${typeCode}`;
}

export function draftFor(providerId: string, typeCode: string): EvidenceDraft {
  return drafts.get(keyOf(providerId, typeCode)) ?? {};
}

export function updateDraft(providerId: string, typeCode: string, changes: Partial<EvidenceDraft>): void {
  drafts.set(keyOf(providerId, typeCode), { ...draftFor(providerId, typeCode), ...changes });
}

export function discardDraft(providerId: string, typeCode: string): void {
  drafts.delete(keyOf(providerId, typeCode));
}
