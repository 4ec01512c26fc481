import { useNavigate } from '@solidjs/router';
import {
  Button,
  DateInput,
  dateErrorFor,
  dateFormError,
  datePartsFrom,
  datePartsOf,
  formErrorsFrom,
  noticeState,
  requireDate,
  runMutation,
  todayInEngland,
  usePageTitle,
  type FormError,
  type FormErrors,
  type PlacementRecord,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createSignal } from 'solid-js';
import { PlacementFormFrame } from './placement-frame';
import { usePlacement } from './placement';
import { StartPlacementDocument } from './placements.data';

/** Records the pupil's first day at the provider: the placement becomes active and attendance starts. */
export function StartPlacementPage() {
  const client = useClient();
  const navigate = useNavigate();
  const context = usePlacement();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Start the placement', () => errors().length > 0);

  async function start(form: HTMLFormElement, placement: PlacementRecord) {
    const startedOn = requireDate(datePartsFrom(new FormData(form), 'startedOn'), 'date the pupil started');
    const invalid: FormError[] = [];
    if (startedOn.kind === 'invalid') invalid.push(dateFormError('startedOn', startedOn));
    else if (startedOn.kind === 'date' && startedOn.value > todayInEngland()) {
      invalid.push({ field: 'startedOn', message: 'The date the pupil started must be today or in the past' });
    }
    setErrors(invalid);
    if (invalid.length > 0 || startedOn.kind !== 'date') return;
    setBusy(true);
    const outcome = await runMutation(client, StartPlacementDocument, { input: { placementId: placement.id, startedOn: startedOn.value } });
    setBusy(false);
    if (outcome.ok) navigate(context.path(), { state: noticeState('Placement started') });
    else setErrors(formErrorsFrom(outcome.problems, ['startedOn']));
  }

  return (
    <PlacementFormFrame context={context} errors={errors()} allowed={context.canStart()} refusal="Only an agreed placement can start.">
      {(placement) => (
        <form
          novalidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!busy()) void start(event.currentTarget, placement);
          }}
        >
          <DateInput
            id="startedOn"
            legend="When did the pupil start at the provider?"
            legendIsPageHeading
            hint="Their first day there. It cannot be in the future."
            value={datePartsOf(placement.currentAgreement.startDate && placement.currentAgreement.startDate <= todayInEngland() ? placement.currentAgreement.startDate : todayInEngland())}
            error={dateErrorFor(errors(), 'startedOn').message}
            errorParts={dateErrorFor(errors(), 'startedOn').parts}
          />
          <Button busy={busy()}>Start placement</Button>
        </form>
      )}
    </PlacementFormFrame>
  );
}
