import { useSession } from '@ap/portal-kit';

/** The active organisation as the school portal's pages need it: which LA, if any, the user acts for. */
export function useViewer() {
  const session = useSession();
  const organisation = () => session.me()?.activeMembership?.organisation;
  return {
    organisationId: () => organisation()?.id ?? '',
    organisationName: () => organisation()?.name ?? '',
    /** LA members are commissioners of every provider: they see documents, ratings, visits and action plans. */
    isLocalAuthority: () => organisation()?.kind === 'LOCAL_AUTHORITY',
    /** The LA the user acts for, or undefined in a school. */
    localAuthorityId: () => (organisation()?.kind === 'LOCAL_AUTHORITY' ? organisation()!.id : undefined),
  };
}
