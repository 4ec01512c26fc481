import { useNavigate } from '@solidjs/router';
import {
  Button,
  errorMessageFor,
  formErrorsFrom,
  noticeState,
  runMutation,
  Textarea,
  textField,
  usePageTitle,
  type FormErrors,
  type PlacementRecord,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createSignal } from 'solid-js';
import { PlacementFormFrame } from './placement-frame';
import { usePlacement } from './placement';
import { CancelPlacementDocument } from './placements.data';

/** Withdraws a referral or agreed placement before it starts, saying why. */
export function CancelPlacementPage() {
  const client = useClient();
  const navigate = useNavigate();
  const context = usePlacement();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Cancel the placement', () => errors().length > 0);

  async function cancel(form: HTMLFormElement, placement: PlacementRecord) {
    const reason = textField(new FormData(form), 'reason').trim();
    setErrors(reason ? [] : [{ field: 'reason', message: 'Enter why the placement is cancelled' }]);
    if (!reason) return;
    setBusy(true);
    const outcome = await runMutation(client, CancelPlacementDocument, { input: { placementId: placement.id, reason } });
    setBusy(false);
    if (outcome.ok) navigate(context.path(), { state: noticeState('Placement cancelled') });
    else setErrors(formErrorsFrom(outcome.problems, ['reason']));
  }

  return (
    <PlacementFormFrame
      context={context}
      errors={errors()}
      allowed={context.canCancel()}
      refusal="Only a placement that has not started can be cancelled. End an active placement instead."
    >
      {(placement) => (
        <form
          novalidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!busy()) void cancel(event.currentTarget, placement);
          }}
        >
          <h1 class="govuk-heading-l">Cancel the placement</h1>
          <p class="govuk-body">
            {placement.status === 'DRAFT'
              ? 'The referral has not been sent, so only your school will know.'
              : `${placement.provider.name} and ${placement.localAuthority.name} will see that it was cancelled, and why.`}
          </p>
          <Textarea id="reason" label="Why is it cancelled?" error={errorMessageFor(errors(), 'reason')} rows={4} />
          <Button variant="warning" busy={busy()}>
            Cancel placement
          </Button>
        </form>
      )}
    </PlacementFormFrame>
  );
}
