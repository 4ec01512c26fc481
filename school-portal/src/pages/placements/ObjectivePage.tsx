import { useNavigate, useParams } from '@solidjs/router';
import {
  Button,
  ButtonGroup,
  errorMessageFor,
  failedChecks,
  formErrorsFrom,
  noticeState,
  runMutation,
  Textarea,
  TextInput,
  textField,
  usePageTitle,
  type FormErrors,
  type PlacementObjective,
  type PlacementRecord,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createSignal, Show } from 'solid-js';
import { PlacementFormFrame } from './placement-frame';
import { usePlacement } from './placement';
import { RemoveObjectiveDocument, SaveObjectiveDocument } from './placements.data';

const fields = ['description', 'baseline', 'target', 'measure', 'timeframe'] as const;

/** Adds an objective to the plan (/objectives/new) or changes or removes one (/objectives/:objectiveId). */
export function ObjectivePage() {
  const client = useClient();
  const navigate = useNavigate();
  const context = usePlacement();
  const params = useParams<{ objectiveId?: string }>();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  const objectiveOf = (placement: PlacementRecord) => placement.objectives.find((objective) => objective.id === params.objectiveId);
  const heading = () => {
    const existing = context.placement() && objectiveOf(context.placement()!);
    return existing ? `Objective ${existing.position}` : 'Add an objective';
  };
  usePageTitle(heading, () => errors().length > 0);
  const error = (field: string) => errorMessageFor(errors(), field);

  async function save(form: HTMLFormElement, placement: PlacementRecord, existing: PlacementObjective | undefined) {
    const data = new FormData(form);
    const values = Object.fromEntries(fields.map((field) => [field, textField(data, field).trim()])) as Record<(typeof fields)[number], string>;
    const invalid = failedChecks([
      { field: 'description', failed: !values.description, message: 'Enter what should improve' },
      { field: 'target', failed: !values.target, message: 'Enter the target' },
      { field: 'measure', failed: !values.measure, message: 'Enter how progress is measured' },
      { field: 'timeframe', failed: !values.timeframe, message: 'Enter the timeframe' },
    ]);
    setErrors(invalid);
    if (invalid.length > 0) return;
    setBusy(true);
    const outcome = await runMutation(client, SaveObjectiveDocument, {
      input: { placementId: placement.id, objectiveId: existing?.id ?? null, ...values, baseline: values.baseline || null },
    });
    setBusy(false);
    if (outcome.ok) navigate(context.path(), { state: noticeState(`Objective ${outcome.data.saveObjective.position} saved`) });
    else setErrors(formErrorsFrom(outcome.problems, fields));
  }

  async function remove(objective: PlacementObjective) {
    setBusy(true);
    const outcome = await runMutation(client, RemoveObjectiveDocument, { id: objective.id });
    setBusy(false);
    if (outcome.ok) navigate(context.path(), { state: noticeState(`Objective ${objective.position} removed`) });
    else setErrors(formErrorsFrom(outcome.problems, []));
  }

  return (
    <PlacementFormFrame
      context={context}
      errors={errors()}
      allowed={context.canChangeTerms()}
      refusal="The plan is part of the signed agreement. Start a new version of the agreement to change it."
    >
      {(placement) => (
        <Show when={!params.objectiveId || objectiveOf(placement)} fallback={<p class="govuk-body">This objective is no longer in the plan.</p>}>
          <h1 class="govuk-heading-l">{heading()}</h1>
          <form
            novalidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy()) void save(event.currentTarget, placement, objectiveOf(placement));
            }}
          >
            <Textarea
              id="description"
              label="What should improve?"
              hint="For example, attend every timetabled session."
              value={objectiveOf(placement)?.description ?? ''}
              error={error('description')}
              rows={3}
            />
            <Textarea
              id="baseline"
              label="Baseline"
              hint="Where the pupil is now, to measure progress against. For example, 62% attendance last half term."
              value={objectiveOf(placement)?.baseline ?? ''}
              error={error('baseline')}
              rows={3}
            />
            <TextInput id="target" label="Target" hint="For example, 95% attendance." value={objectiveOf(placement)?.target ?? ''} error={error('target')} />
            <TextInput
              id="measure"
              label="How will progress be measured?"
              hint="For example, session attendance recorded by the provider."
              value={objectiveOf(placement)?.measure ?? ''}
              error={error('measure')}
            />
            <TextInput
              id="timeframe"
              label="Timeframe"
              hint="For example, by February half term."
              value={objectiveOf(placement)?.timeframe ?? ''}
              error={error('timeframe')}
            />
            <ButtonGroup>
              <Button busy={busy()}>Save objective</Button>
              <Show when={objectiveOf(placement)}>
                {(objective) => (
                  <Button type="button" variant="warning" busy={busy()} onClick={() => void remove(objective())}>
                    Remove objective
                  </Button>
                )}
              </Show>
            </ButtonGroup>
          </form>
        </Show>
      )}
    </PlacementFormFrame>
  );
}
