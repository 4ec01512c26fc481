import { useParams } from '@solidjs/router';
import { fetchPlacementRecord, permissions, placementPath, useSession, type PlacementRecord } from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource } from 'solid-js';
import type { UpdateReferralInput } from '../../gql/graphql';

/** Statuses in which the school can still change the plan and the agreement (until someone signs). */
const OPEN_STATUSES: readonly PlacementRecord['status'][] = ['DRAFT', 'PROPOSED', 'AGREED', 'ACTIVE'];

/** The placement of the page's :placementId, and what the signed-in school member may do with it. */
export function usePlacement() {
  const client = useClient();
  const session = useSession();
  const params = useParams<{ placementId: string }>();
  const [placement, { refetch }] = createResource(() => params.placementId, (id) => fetchPlacementRecord(client, id));
  const commissions = () => placement()?.viewerParty === 'SCHOOL' && session.can(permissions.commissionPlacements);
  const unsigned = () => Boolean(placement()) && !placement()!.currentAgreement.isSigned;
  return {
    placement,
    refetch,
    placementId: () => params.placementId,
    path: (rest = '') => placementPath(params.placementId, rest),
    /** Reason, basis, background and sites: while a draft, or sent with nobody signed yet. */
    canChangeReferral: () => commissions() && unsigned() && ['DRAFT', 'PROPOSED'].includes(placement()!.status),
    /** Plan, objectives and the agreement's terms: until anyone signs the current version. */
    canChangeTerms: () => commissions() && unsigned() && OPEN_STATUSES.includes(placement()!.status),
    canSend: () => commissions() && placement()?.status === 'DRAFT',
    /** The school's own signature, or the parent's or carer's it records. */
    canSign: () => commissions() && ['PROPOSED', 'AGREED', 'ACTIVE'].includes(placement()!.status),
    canStart: () => commissions() && placement()?.status === 'AGREED',
    canCancel: () => commissions() && ['DRAFT', 'PROPOSED', 'AGREED'].includes(placement()!.status),
    /** A signed current version is changed by starting a new one. */
    canStartNewVersion: () => commissions() && !unsigned() && ['PROPOSED', 'AGREED', 'ACTIVE'].includes(placement()!.status),
  };
}

export type PlacementContext = ReturnType<typeof usePlacement>;

/** The referral as it stands, as updateReferral takes it: pages change only what they ask about. */
export function referralInputOf(placement: PlacementRecord): UpdateReferralInput {
  return {
    placementId: placement.id,
    providerId: placement.provider.id,
    siteIds: placement.sites.map((site) => site.id),
    reasonId: placement.reason.id,
    legalBasis: placement.legalBasis,
    graduatedResponse: placement.graduatedResponse ?? null,
    parentInvolvement: placement.parentInvolvement ?? null,
    pupilViews: placement.pupilViews ?? null,
    parentNoticeGivenOn: placement.parentNoticeGivenOn ?? null,
    sendCaseworkerNotifiedOn: placement.sendCaseworkerNotifiedOn ?? null,
    dualRegistered: placement.dualRegistered,
    homeSchoolHoursPerWeek: placement.homeSchoolHoursPerWeek,
    fullTimeMedicallyInappropriate: placement.fullTimeMedicallyInappropriate,
  };
}
