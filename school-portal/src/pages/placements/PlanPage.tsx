import { useNavigate } from '@solidjs/router';
import {
  Button,
  Checkboxes,
  errorMessageFor,
  formErrorsFrom,
  noticeState,
  runMutation,
  Textarea,
  textField,
  ticked,
  usePageTitle,
  type FormErrors,
  type PlacementRecord,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createSignal } from 'solid-js';
import { PlacementFormFrame } from './placement-frame';
import { usePlacement } from './placement';
import { UpdatePlanDocument } from './placements.data';

const textFields = ['rationale', 'assessmentArrangements', 'reintegrationRoute', 'readinessCriteria', 'linkedPlanNotes'] as const;
const linkedPlans = [
  { value: 'linksToEhcPlan', label: 'EHC plan', hint: 'Tell the SEND caseworker before arranging the placement.' },
  { value: 'linksToPep', label: 'Personal education plan (PEP)', hint: 'For a looked-after pupil.' },
  { value: 'linksToHealthPlan', label: 'Individual health care plan' },
] as const;

/** The personalised plan: why, how progress is judged, the route back, and the plans it links to. */
export function PlanPage() {
  const client = useClient();
  const navigate = useNavigate();
  const context = usePlacement();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Personalised plan', () => errors().length > 0);
  const error = (field: string) => errorMessageFor(errors(), field);

  async function save(form: HTMLFormElement, placement: PlacementRecord) {
    const data = new FormData(form);
    const text = (field: (typeof textFields)[number]) => textField(data, field).trim() || null;
    const links = ticked(data, 'linkedPlans');
    setBusy(true);
    const outcome = await runMutation(client, UpdatePlanDocument, {
      input: {
        placementId: placement.id,
        rationale: text('rationale'),
        assessmentArrangements: text('assessmentArrangements'),
        reintegrationRoute: text('reintegrationRoute'),
        readinessCriteria: text('readinessCriteria'),
        linkedPlanNotes: text('linkedPlanNotes'),
        linksToEhcPlan: links.includes('linksToEhcPlan'),
        linksToPep: links.includes('linksToPep'),
        linksToHealthPlan: links.includes('linksToHealthPlan'),
      },
    });
    setBusy(false);
    if (outcome.ok) navigate(context.path(), { state: noticeState('Personalised plan saved') });
    else setErrors(formErrorsFrom(outcome.problems, textFields));
  }

  return (
    <PlacementFormFrame
      context={context}
      errors={errors()}
      allowed={context.canChangeTerms()}
      refusal="The plan is part of the signed agreement. Start a new version of the agreement to change it."
    >
      {(placement) => (
        <>
          <h1 class="govuk-heading-l">Personalised plan</h1>
          <p class="govuk-body">The provider sees the plan once you send the referral. Add the objectives on the placement page.</p>
          <form
            novalidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy()) void save(event.currentTarget, placement);
            }}
          >
            <Textarea
              id="rationale"
              label="Rationale"
              hint="Why this placement, for this pupil, now: what it should change, and how long it should last."
              value={placement.plan.rationale ?? ''}
              error={error('rationale')}
            />
            <Textarea
              id="assessmentArrangements"
              label="Assessment and monitoring"
              hint="How progress will be assessed and monitored, and by whom."
              value={placement.plan.assessmentArrangements ?? ''}
              error={error('assessmentArrangements')}
            />
            <Textarea
              id="reintegrationRoute"
              label="Reintegration route"
              hint="The next step: return to the home school, another school, or further education, training or employment."
              value={placement.plan.reintegrationRoute ?? ''}
              error={error('reintegrationRoute')}
            />
            <Textarea
              id="readinessCriteria"
              label="Readiness to reintegrate"
              hint="How the school and provider will judge that the pupil is ready for the next step."
              value={placement.plan.readinessCriteria ?? ''}
              error={error('readinessCriteria')}
            />
            <Checkboxes
              name="linkedPlans"
              legend="Does the plan link to other plans?"
              hint="Select all that apply."
              items={linkedPlans.map((item) => ({ ...item }))}
              checked={linkedPlans.filter((item) => placement.plan[item.value]).map((item) => item.value)}
            />
            <Textarea
              id="linkedPlanNotes"
              label="Notes on the linked plans (optional)"
              hint="For example, the outcomes of the EHC plan this placement works towards."
              value={placement.plan.linkedPlanNotes ?? ''}
              error={error('linkedPlanNotes')}
              rows={3}
            />
            <Button busy={busy()}>Save plan</Button>
          </form>
        </>
      )}
    </PlacementFormFrame>
  );
}
