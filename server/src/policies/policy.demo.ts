import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalAuthority, Organisation } from '../organisations/organisation.entity.js';

/** Each demo school's AP policy, as its seed policy states it (filled in by the policies feature). */
export async function seedSchoolPolicies(_tx: EntityManager, _demo: { organisations: Map<string, Organisation>; las: Map<string, LocalAuthority> }): Promise<void> {}
