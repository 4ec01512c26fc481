import { useParams } from '@solidjs/router';
import { fetchPlacementRecord, permissions, placementPath, useSession } from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource } from 'solid-js';

/** The placement of the page's :placementId, and whether the signed-in manager is to sign it. */
export function useProviderPlacement() {
  const client = useClient();
  const session = useSession();
  const params = useParams<{ placementId: string }>();
  const [placement, { refetch }] = createResource(() => params.placementId, (id) => fetchPlacementRecord(client, id));
  return {
    placement,
    refetch,
    path: (rest = '') => placementPath(params.placementId, rest),
    /** The provider signs each version once the referral is sent, through a member who may sign. */
    canSign: () =>
      session.can(permissions.signAgreements) &&
      placement()?.viewerParty === 'PROVIDER' &&
      ['PROPOSED', 'AGREED', 'ACTIVE'].includes(placement()!.status) &&
      placement()!.currentAgreement.missingParties.includes('PROVIDER'),
  };
}
