import type { EntityManager } from '@mikro-orm/postgresql';
import type { ComplianceFinding } from './finding.type.js';

/** Evaluates the compliance rules (architecture.md; domain.md §2.3, §2.4, §8) and the school's own policy. */
export class ComplianceService {
  /** Findings that stop the placement's agreement being signed: BLOCKING ones. */
  async blockingFindings(_em: EntityManager, _placementId: string): Promise<ComplianceFinding[]> {
    return [];
  }
}
