import { useNavigate } from '@solidjs/router';
import { Button, usePageTitle, type FormErrors } from '@ap/portal-kit';
import { createSignal } from 'solid-js';
import { BackgroundFields, readBackground } from './referral-fields';
import { ReferralFrame } from './ReferralFrame';
import { useReferralJourney } from './referral-journey';

/** Referral, step 2: the graduated response already tried, and the parent's and pupil's part. */
export function ReferralBackgroundPage() {
  const navigate = useNavigate();
  const journey = useReferralJourney();
  const [errors] = createSignal<FormErrors>(journey.answers().errors ?? []);
  usePageTitle(() => 'Background to the referral', () => errors().length > 0);

  return (
    <ReferralFrame backHref={journey.path('')} errors={errors()}>
      <h1 class="govuk-heading-l">Background to the referral</h1>
      <form
        novalidate
        onSubmit={(event) => {
          event.preventDefault();
          journey.update({ ...readBackground(new FormData(event.currentTarget)), errors: undefined });
          navigate(journey.path('provider'));
        }}
      >
        <BackgroundFields value={journey.answers()} errors={errors()} />
        <Button>Continue</Button>
      </form>
    </ReferralFrame>
  );
}
