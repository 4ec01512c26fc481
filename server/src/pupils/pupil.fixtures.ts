import type { TestServer } from '../../test/harness.js';
import type { Member } from '../../test/world.js';
import { Role } from '../people/role.js';
import { placementCast, type PlacementCast } from '../placements/placement.fixtures.js';

/** GraphQL documents and the cast shared by the pupil and import tests. */

export const PUPIL_SELECTION = `id upn legalSurname legalForename preferredSurname preferredForename displayName dateOfBirth sex yearGroup
  ehcPlan senSupport lookedAfter behaviourRiskAssessment hasSocialWorker hasYouthOffendingWorker
  socialWorkerName socialWorkerContact youthOffendingWorkerName youthOffendingWorkerContact medicalNeeds
  emergencyContactName emergencyContactPhone school { id name }`;
export const PUPILS = `query($filter: PupilFilter, $first: Int, $after: String) {
  pupils(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${PUPIL_SELECTION} } } }
}`;
export const PUPIL = `query($id: ID!) { pupil(id: $id) { ${PUPIL_SELECTION} } }`;
export const CREATE = `mutation($input: PupilInput!) { createPupil(input: $input) { ${PUPIL_SELECTION} } }`;
export const UPDATE = `mutation($input: UpdatePupilInput!) { updatePupil(input: $input) { ${PUPIL_SELECTION} } }`;
export const IMPORT = `mutation($input: ImportPupilsInput!) {
  importPupils(input: $input) { applied created updated rows rejected { line upn problems { field message } } }
}`;

/** The placement cast plus the roles it lacks: an attendance lead, an LA QA officer, a provider DSL and a platform admin. */
export async function pupilCast(t: TestServer) {
  const cast: PlacementCast = await placementCast(t);
  const platform = await t.world.platform();
  return {
    ...cast,
    attendanceLead: await t.world.member(cast.school, [Role.ATTENDANCE_LEAD]),
    qaOfficer: await t.world.member(cast.la, [Role.QA_OFFICER]),
    providerDsl: await t.world.member(cast.provider, [Role.DSL]),
    platformAdmin: await t.world.member(platform, [Role.PLATFORM_ADMIN]),
    anonymous: { client: t.client() } as Member,
  };
}

export type PupilCast = Awaited<ReturnType<typeof pupilCast>>;

/** Everything a school may write, in the API's shape. */
export function pupilInput(overrides: Record<string, unknown> = {}) {
  return {
    upn: 'B801200005001',
    legalSurname: 'Okafor',
    legalForename: 'Chidi',
    preferredForename: 'Chid',
    dateOfBirth: '2012-03-14',
    sex: 'M',
    yearGroup: 9,
    ehcPlan: true,
    lookedAfter: false,
    behaviourRiskAssessment: true,
    socialWorkerName: 'Helen Marsh',
    socialWorkerContact: '07700 900123',
    medicalNeeds: 'Asthma: inhaler kept in bag',
    emergencyContactName: 'Grace Okafor (mother)',
    emergencyContactPhone: '07700 900456',
    ...overrides,
  };
}
