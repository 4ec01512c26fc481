import { PlacementsListPage } from '@ap/portal-kit';
import { useViewer } from '../viewer';

/** A school's referrals and placements; for LA officers, those of their schools and those at providers in their area. */
export function PlacementsPage() {
  const viewer = useViewer();
  return (
    <PlacementsListPage
      showSchool={viewer.isLocalAuthority()}
      showProvider
      intro={
        viewer.isLocalAuthority()
          ? 'Placements of pupils at your schools, and placements at providers with a site in your area.'
          : 'Every referral and placement your school has made. To refer a pupil, open their record and choose Refer for a placement.'
      }
    />
  );
}
