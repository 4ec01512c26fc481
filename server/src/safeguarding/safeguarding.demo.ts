import type { EntityManager } from '@mikro-orm/postgresql';
import type { Organisation } from '../organisations/organisation.entity.js';
import { Membership } from '../people/membership.entity.js';
import { Role } from '../people/role.js';
import { Placement, PlacementStatus } from '../placements/placement.entity.js';
import { englandDateTime } from '../placements/monitoring.rules.js';
import { Pupil } from '../pupils/pupil.entity.js';
import { addDays, todayInEngland } from '../qa/evidence-dates.js';
import { ConcernAcknowledgement, ConcernCategory, ConcernSide, ConcernUpdate, ConcernUrgency, SafeguardingConcern } from './concern.entity.js';
import { BehaviourIncident, IncidentSeverity } from './incident.entity.js';

/** The active demo placement of a school's pupil (by legal forename) at a provider. */
async function activePlacement(tx: EntityManager, school: Organisation, provider: Organisation, forename: string): Promise<Placement> {
  const pupil = await tx.findOneOrFail(Pupil, { school: school.id, legalForename: forename });
  return tx.findOneOrFail(Placement, { pupil, provider: provider.id, status: PlacementStatus.ACTIVE });
}

/** The demo member holding a role in an organisation. */
async function holderOf(tx: EntityManager, organisation: Organisation, role: Role) {
  const membership = await tx.findOneOrFail(Membership, { organisation, roles: { $contains: [role] } }, { populate: ['user'], orderBy: { createdAt: 'asc' } });
  return membership.user.getEntity();
}

/**
 * A shared concern on Oakfield's Tyler at Bridge Park (raised by the provider's DSL, acknowledged
 * and updated by the school's), and an incident at Bridge Park awaiting The Levett School's decision.
 */
export async function seedDemoSafeguarding(tx: EntityManager, demo: { organisations: Map<string, Organisation> }): Promise<void> {
  const oakfield = demo.organisations.get('oakfield')!;
  const levett = demo.organisations.get('levett')!;
  const bridgepark = demo.organisations.get('bridgepark')!;
  const today = todayInEngland();
  const at = (daysAgo: number, time: string) => englandDateTime(addDays(today, -daysAgo), time);

  const tyler = await activePlacement(tx, oakfield, bridgepark, 'Tyler');
  const providerDsl = await holderOf(tx, bridgepark, Role.DSL);
  const schoolDsl = await holderOf(tx, oakfield, Role.DSL);
  const concern = tx.create(SafeguardingConcern, {
    placement: tyler,
    school: tyler.school,
    provider: tyler.provider,
    localAuthority: tyler.localAuthority,
    raisedBySide: ConcernSide.PROVIDER,
    raisedById: providerDsl.id,
    raisedByName: providerDsl.displayName,
    category: ConcernCategory.CRIMINAL_EXPLOITATION,
    whatHappened: 'At lunch Ty said an older lad by the gate had offered him £50 to "drop a bag off" after school, and that he had said no this time.',
    happenedAt: at(3, '12:40'),
    actionsTaken: 'Ty kept on site until collected by his foster carer. Gate supervision added at the end of the day.',
    urgency: ConcernUrgency.SAME_DAY,
    sharedWithLa: true,
    createdAt: at(3, '13:05'),
  });
  tx.create(ConcernAcknowledgement, { concern, side: ConcernSide.SCHOOL, userId: schoolDsl.id, userName: schoolDsl.displayName, acknowledgedAt: at(3, '13:30') });
  tx.create(ConcernUpdate, {
    concern,
    side: ConcernSide.SCHOOL,
    authorId: schoolDsl.id,
    authorName: schoolDsl.displayName,
    text: 'Spoke to Mark Ellison (social worker); a strategy discussion is booked and the foster carer will collect Ty every day this week.',
    createdAt: at(2, '09:15'),
  });

  const connor = await activePlacement(tx, levett, bridgepark, 'Connor');
  const manager = await holderOf(tx, bridgepark, Role.PROVIDER_MANAGER);
  tx.create(BehaviourIncident, {
    placement: connor,
    reportedById: manager.id,
    reportedByName: manager.displayName,
    occurredAt: at(1, '10:20'),
    description: 'Connor kicked a door off its hinge in the workshop after being asked to put his phone away. Nobody was hurt.',
    actionTaken: 'Connor was given time in the quiet room, then spoke with his key worker; his dad was phoned at 11:00.',
    severity: IncidentSeverity.MEDIUM,
    createdAt: at(1, '11:10'),
  });
}
