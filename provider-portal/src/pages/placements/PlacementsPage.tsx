import { PlacementsListPage } from '@ap/portal-kit';

/** The provider's placements: referrals sent to it and placements agreed with it (never a school's drafts). */
export function PlacementsPage() {
  return (
    <PlacementsListPage
      showSchool
      showProvider={false}
      intro="Referrals schools have sent you, and the placements you have agreed. Open one to read what the school shared and to sign the agreement."
    />
  );
}
