import { useNavigate } from '@solidjs/router';
import { usePageTitle, type FormErrors } from '@ap/portal-kit';
import { createSignal } from 'solid-js';
import { PlacementFormFrame } from './placement-frame';
import { usePlacement } from './placement';
import { ProviderChoice } from './referral/provider-choice';

/** A draft referral can still go to another provider: choose it, then its sites. */
export function ChooseProviderPage() {
  const navigate = useNavigate();
  const context = usePlacement();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  usePageTitle(() => 'Which provider will the pupil attend?', () => errors().length > 0);

  function choose(providerId: string) {
    if (!providerId) setErrors([{ field: 'providerId', message: 'Select the provider the pupil will attend' }]);
    else navigate(context.path(`/sites?providerId=${encodeURIComponent(providerId)}`));
  }

  return (
    <PlacementFormFrame
      context={context}
      errors={errors()}
      allowed={context.canChangeReferral() && context.placement()?.status === 'DRAFT'}
      refusal="The provider cannot change once the referral is sent. Cancel it and start a new referral instead."
    >
      {(placement) => <ProviderChoice chosenId={placement.provider.id} errors={errors()} onChoose={choose} />}
    </PlacementFormFrame>
  );
}
