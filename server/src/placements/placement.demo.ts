import type { EntityManager } from '@mikro-orm/postgresql';
import type { Organisation } from '../organisations/organisation.entity.js';
import type { User } from '../people/user.entity.js';

/** Demo placements at every stage for the demo schools (filled in by the placements feature). */
export async function seedDemoPlacements(_tx: EntityManager, _demo: { organisations: Map<string, Organisation>; users: Map<string, User> }): Promise<void> {}
