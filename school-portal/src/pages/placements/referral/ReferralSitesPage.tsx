import { Navigate, useNavigate } from '@solidjs/router';
import { usePageTitle, type FormErrors } from '@ap/portal-kit';
import { createSignal, Show } from 'solid-js';
import { SitesChoice } from './provider-choice';
import { ReferralFrame } from './ReferralFrame';
import { useReferralJourney } from './referral-journey';

/** Referral, step 3 continued: every site of the provider the pupil may attend. */
export function ReferralSitesPage() {
  const navigate = useNavigate();
  const journey = useReferralJourney();
  const [errors, setErrors] = createSignal<FormErrors>(journey.answers().errors ?? []);
  usePageTitle(() => 'Which sites may the pupil attend?', () => errors().length > 0);

  function next(siteIds: string[]) {
    if (siteIds.length === 0) {
      setErrors([{ field: 'siteIds', message: 'Select at least one site the pupil will attend' }]);
      return;
    }
    journey.update({ siteIds, errors: undefined });
    navigate(journey.path('check'));
  }

  return (
    <Show when={journey.answers().providerId} fallback={<Navigate href={journey.path('provider')} />}>
      {(providerId) => (
        <ReferralFrame backHref={journey.path('provider')} errors={errors()}>
          <SitesChoice providerId={providerId()} checked={journey.answers().siteIds ?? []} errors={errors()} submitText="Continue" onSubmit={next} />
        </ReferralFrame>
      )}
    </Show>
  );
}
