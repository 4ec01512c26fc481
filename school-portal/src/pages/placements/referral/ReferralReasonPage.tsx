import { useNavigate } from '@solidjs/router';
import { Button, fetchQuery, usePageTitle, type FormErrors } from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, createSignal, Show } from 'solid-js';
import { PlacementReasonsDocument } from '../placements.data';
import { ReasonAndBasisFields, readReasonAndBasis } from './referral-fields';
import { pupilPath, ReferralFrame } from './ReferralFrame';
import { useReferralJourney } from './referral-journey';

/** Referral, step 1: why the pupil is referred, and the legal basis. */
export function ReferralReasonPage() {
  const client = useClient();
  const navigate = useNavigate();
  const journey = useReferralJourney();
  const [reasons] = createResource(() => fetchQuery(client, PlacementReasonsDocument, {}));
  const [errors, setErrors] = createSignal<FormErrors>(journey.answers().errors ?? []);
  usePageTitle(() => 'Why is the pupil being referred?', () => errors().length > 0);

  function next(form: HTMLFormElement) {
    const { values, errors: invalid } = readReasonAndBasis(new FormData(form));
    setErrors(invalid);
    if (!values) return;
    journey.update({ ...values, errors: undefined });
    navigate(journey.path('background'));
  }

  return (
    <ReferralFrame backHref={pupilPath(journey.pupilId())} errors={errors()}>
      <h1 class="govuk-heading-l">Reason and legal basis</h1>
      <Show when={reasons()}>
        {(loaded) => (
          <form
            novalidate
            onSubmit={(event) => {
              event.preventDefault();
              next(event.currentTarget);
            }}
          >
            <ReasonAndBasisFields reasons={loaded().placementReasons} value={journey.answers()} errors={errors()} />
            <Button>Continue</Button>
          </form>
        )}
      </Show>
    </ReferralFrame>
  );
}
