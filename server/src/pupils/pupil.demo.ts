import type { EntityManager } from '@mikro-orm/postgresql';
import type { Organisation } from '../organisations/organisation.entity.js';

/** Demo pupils on the roll of each demo school (filled in by the pupils feature). */
export async function seedDemoPupils(_tx: EntityManager, _demo: { organisations: Map<string, Organisation> }): Promise<void> {}
