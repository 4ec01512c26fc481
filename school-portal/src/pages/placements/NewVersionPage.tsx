import { useNavigate } from '@solidjs/router';
import { Button, formErrorsFrom, noticeState, runMutation, usePageTitle, WarningText, type FormErrors, type PlacementRecord } from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createSignal } from 'solid-js';
import { PlacementFormFrame } from './placement-frame';
import { usePlacement } from './placement';
import { NewAgreementVersionDocument } from './placements.data';

/** Confirms starting a new agreement version: a copy of the signed one that every party signs again. */
export function NewVersionPage() {
  const client = useClient();
  const navigate = useNavigate();
  const context = usePlacement();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Start a new version of the agreement', () => errors().length > 0);

  async function start(placement: PlacementRecord) {
    setBusy(true);
    const outcome = await runMutation(client, NewAgreementVersionDocument, { placementId: placement.id });
    setBusy(false);
    if (outcome.ok) navigate(context.path(), { state: noticeState(`Version ${outcome.data.newAgreementVersion.version} of the agreement started`) });
    else setErrors(formErrorsFrom(outcome.problems, []));
  }

  return (
    <PlacementFormFrame
      context={context}
      errors={errors()}
      allowed={context.canStartNewVersion()}
      refusal="Only a signed agreement needs a new version: change the current one instead."
    >
      {(placement) => (
        <>
          <h1 class="govuk-heading-l">Start a new version of the agreement</h1>
          <p class="govuk-body">
            Version {placement.currentAgreement.version + 1} starts as a copy of version {placement.currentAgreement.version}. You can
            then change the plan and the terms.
          </p>
          <WarningText>
            Your school, the provider and the parent or carer must all sign the new version.
            {placement.status === 'AGREED' ? ' Until they do, the placement goes back to proposed.' : ''}
          </WarningText>
          <Button type="button" busy={busy()} onClick={() => void start(placement)}>
            Start version {placement.currentAgreement.version + 1}
          </Button>
        </>
      )}
    </PlacementFormFrame>
  );
}
