import { useNavigate } from '@solidjs/router';
import {
  ConditionalRadios,
  DateInput,
  dateErrorFor,
  dateFormError,
  datePartsFrom,
  datePartsOf,
  destinationLabels,
  destinationValues,
  errorMessageFor,
  MonitoringFormPage,
  noticeState,
  objectiveOutcomes,
  objectiveOutcomeValues,
  permissions,
  problemsOnEntries,
  Radios,
  RequirePermission,
  requireDate,
  runMutation,
  Textarea,
  TextInput,
  textField,
  todayInEngland,
  useFormState,
  useMonitoringContext,
  type Destination,
  type FormError,
  type MonitoringContext,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { For, Show } from 'solid-js';
import type { ObjectiveOutcome } from '../../../gql/graphql';
import { EndPlacementDocument } from './monitoring.data';

const outcomeId = (objectiveId: string) => `outcome-${objectiveId}`;
const noteId = (objectiveId: string) => `note-${objectiveId}`;
const FIELDS = ['endedOn', 'endReason', 'destination', 'destinationDetail'];

/** Destinations with a place or course to name; returning home and NEET need no detail. */
const hasDetail = (destination: string) => destination !== 'RETURNED_TO_HOME_SCHOOL' && destination !== 'NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING';

/** Ends an active placement: the last day, why, the pupil's destination and an outcome for every objective. */
export function EndPlacementPage() {
  const client = useClient();
  const navigate = useNavigate();
  const { context, path } = useMonitoringContext();
  const form = useFormState(() => 'End the placement');

  async function end(element: HTMLFormElement, placement: MonitoringContext) {
    const data = new FormData(element);
    const endedOn = requireDate(datePartsFrom(data, 'endedOn'), 'end date');
    const destination = textField(data, 'destination');
    const invalid: FormError[] = [];
    if (endedOn.kind === 'invalid') invalid.push(dateFormError('endedOn', endedOn));
    else if (endedOn.kind === 'date' && endedOn.value > todayInEngland()) invalid.push({ field: 'endedOn', message: 'The end date must be today or in the past' });
    if (!textField(data, 'endReason').trim()) invalid.push({ field: 'endReason', message: 'Enter why the placement ended' });
    if (!destination) invalid.push({ field: 'destination', message: "Select the pupil's destination" });
    else if (destination === 'OTHER' && !textField(data, 'destinationDetail').trim()) {
      invalid.push({ field: 'destinationDetail', message: "Enter the pupil's destination" });
    }
    for (const objective of placement.objectives) {
      if (!textField(data, outcomeId(objective.id))) {
        invalid.push({ field: outcomeId(objective.id), message: `Select the outcome of objective ${objective.position}` });
      }
    }
    if (!form.checked(invalid) || endedOn.kind !== 'date') return;
    const objectiveIds = placement.objectives.map((objective) => objective.id);
    const input = {
      placementId: placement.id,
      endedOn: endedOn.value,
      endReason: textField(data, 'endReason'),
      destination: destination as Destination,
      destinationDetail: hasDetail(destination) ? textField(data, 'destinationDetail') : null,
      objectiveOutcomes: objectiveIds.map((objectiveId) => ({
        objectiveId,
        outcome: textField(data, outcomeId(objectiveId)) as ObjectiveOutcome,
        note: textField(data, noteId(objectiveId)),
      })),
    };
    await form.send(
      async () => {
        const result = await runMutation(client, EndPlacementDocument, { input });
        if (!result.ok) return problemsOnEntries(result.problems, 'objectiveOutcomes', objectiveIds, outcomeId);
        navigate(path(), { state: noticeState('Placement ended. The provider has been told.') });
        return undefined;
      },
      [...FIELDS, ...objectiveIds.map(outcomeId)],
    );
  }

  return (
    <RequirePermission permission={permissions.commissionPlacements}>
      <Show when={context()}>
        {(placement) => (
          <Show when={placement().status === 'ACTIVE'} fallback={<p class="govuk-body">Only an active placement can be ended.</p>}>
            <MonitoringFormPage
              title="End the placement"
              context={placement()}
              errors={form.errors()}
              busy={form.busy()}
              submitText="End placement"
              onSubmit={(element) => void end(element, placement())}
            >
              <DateInput
                id="endedOn"
                legend="Last day of the placement"
                hint="For example, 27 3 2026"
                value={datePartsOf(todayInEngland())}
                error={dateErrorFor(form.errors(), 'endedOn').message}
                errorParts={dateErrorFor(form.errors(), 'endedOn').parts}
              />
              <Textarea id="endReason" label="Why did the placement end?" rows={3} error={errorMessageFor(form.errors(), 'endReason')} />
              <ConditionalRadios
                name="destination"
                legendSize="s"
                legend="Where does the pupil go next?"
                items={destinationValues.map((value) => ({ value, label: destinationLabels[value] }))}
                error={errorMessageFor(form.errors(), 'destination')}
                reveals={hasDetail}
              >
                <TextInput
                  id="destinationDetail"
                  label="The school, college, course or employer"
                  hint="Required if you chose Other."
                  error={errorMessageFor(form.errors(), 'destinationDetail')}
                />
              </ConditionalRadios>
              <h2 class="govuk-heading-m">Outcomes against the plan</h2>
              <For each={placement().objectives}>
                {(objective) => (
                  <>
                    <Radios
                      name={outcomeId(objective.id)}
                      legendSize="s"
                      legend={`${objective.position}. ${objective.description}`}
                      hint={`Target: ${objective.target}`}
                      items={objectiveOutcomeValues.map((value) => ({ value, label: objectiveOutcomes[value].label }))}
                      error={errorMessageFor(form.errors(), outcomeId(objective.id))}
                    />
                    <Textarea id={noteId(objective.id)} label={`Evidence for objective ${objective.position} (optional)`} rows={3} />
                  </>
                )}
              </For>
            </MonitoringFormPage>
          </Show>
        )}
      </Show>
    </RequirePermission>
  );
}
