import { useNavigate } from '@solidjs/router';
import { usePageTitle, type FormErrors } from '@ap/portal-kit';
import { createSignal } from 'solid-js';
import { ProviderChoice } from './provider-choice';
import { ReferralFrame } from './ReferralFrame';
import { useReferralJourney } from './referral-journey';

/** Referral, step 3: the provider, found in the shared directory. */
export function ReferralProviderPage() {
  const navigate = useNavigate();
  const journey = useReferralJourney();
  const [errors, setErrors] = createSignal<FormErrors>(journey.answers().errors ?? []);
  usePageTitle(() => 'Which provider will the pupil attend?', () => errors().length > 0);

  function choose(providerId: string) {
    if (!providerId) {
      setErrors([{ field: 'providerId', message: 'Select the provider the pupil will attend' }]);
      return;
    }
    const changed = providerId !== journey.answers().providerId;
    journey.update({ providerId, siteIds: changed ? [] : journey.answers().siteIds, errors: undefined });
    navigate(journey.path('sites'));
  }

  return (
    <ReferralFrame backHref={journey.path('background')} errors={errors()}>
      <ProviderChoice chosenId={journey.answers().providerId} errors={errors()} onChoose={choose} />
    </ReferralFrame>
  );
}
