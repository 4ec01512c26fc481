import { A } from '@solidjs/router';
import { usePageTitle } from '../portal/page-title';

export function NotFoundPage() {
  usePageTitle(() => 'Page not found');
  return (
    <>
      <h1 class="govuk-heading-l">Page not found</h1>
      <p class="govuk-body">If you typed the web address, check it is correct.</p>
      <p class="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p class="govuk-body">
        <A class="govuk-link" href="/">
          Go to the home page
        </A>
      </p>
    </>
  );
}
