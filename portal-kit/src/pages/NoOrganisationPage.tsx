import { usePageTitle } from '../portal/page-title';

/** For a signed-in user who belongs to no organisation, e.g. after being removed from their last one. */
export function NoOrganisationPage() {
  usePageTitle(() => 'You are not a member of an organisation');
  return (
    <>
      <h1 class="govuk-heading-l">You are not a member of an organisation</h1>
      <p class="govuk-body">
        To use this service you need an invitation from a school, provider or local authority. Ask someone who
        manages their team to invite you, then follow the link in the email.
      </p>
    </>
  );
}
