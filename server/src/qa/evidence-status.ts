import { registerEnumType } from 'type-graphql';
import { addDays } from './evidence-dates.js';

export enum EvidenceStatus {
  CURRENT = 'CURRENT',
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
  MISSING = 'MISSING',
}
registerEnumType(EvidenceStatus, {
  name: 'EvidenceStatus',
  description: 'Where a piece of evidence stands today, worked out from its dates whenever it is read (never stored).',
  valuesConfig: {
    CURRENT: { description: 'In date, and not due to expire within the expiring window.' },
    EXPIRING: { description: 'Still in date, but expires or is due for review within the expiring window (EVIDENCE_EXPIRING_DAYS).' },
    EXPIRED: { description: 'The expiry or review date has passed.' },
    MISSING: { description: 'Nothing has been provided yet.' },
  },
});

/** The status of evidence expiring on `expiresOn` (valid through that day), or MISSING when there is none. */
export function evidenceStatus(expiresOn: string | null | undefined, today: string, expiringDays: number): EvidenceStatus {
  if (!expiresOn) return EvidenceStatus.MISSING;
  if (expiresOn < today) return EvidenceStatus.EXPIRED;
  if (expiresOn <= addDays(today, expiringDays)) return EvidenceStatus.EXPIRING;
  return EvidenceStatus.CURRENT;
}
