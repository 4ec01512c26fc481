import { useNavigate } from '@solidjs/router';
import {
  Button,
  Checkboxes,
  errorMessageFor,
  formErrorsFrom,
  InsetText,
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
import { SendReferralDocument } from './placements.data';

/** Sends the draft to the provider: the school chooses what it shares about the pupil; the LA is told automatically. */
export function SendReferralPage() {
  const client = useClient();
  const navigate = useNavigate();
  const context = usePlacement();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Send the referral', () => errors().length > 0);

  async function send(form: HTMLFormElement, placement: PlacementRecord) {
    const data = new FormData(form);
    const shared = ticked(data, 'share');
    setBusy(true);
    const outcome = await runMutation(client, SendReferralDocument, {
      input: {
        placementId: placement.id,
        needsSummary: textField(data, 'needsSummary').trim() || null,
        shareMedicalNeeds: shared.includes('medicalNeeds'),
        shareEmergencyContact: shared.includes('emergencyContact'),
      },
    });
    setBusy(false);
    if (outcome.ok) navigate(context.path(), { state: noticeState(`Referral sent to ${placement.provider.name}`) });
    else setErrors(formErrorsFrom(outcome.problems, ['needsSummary']));
  }

  // While a draft, the summary is what would be shared if everything were ticked.
  const shareItems = (placement: PlacementRecord) => [
    {
      value: 'medicalNeeds',
      label: 'Medical needs',
      hint: placement.pupilSummary.medicalNeeds?.trim() || 'None recorded on the pupil’s record.',
    },
    {
      value: 'emergencyContact',
      label: 'Emergency contact',
      hint:
        [placement.pupilSummary.emergencyContactName, placement.pupilSummary.emergencyContactPhone].filter(Boolean).join(', ') ||
        'None recorded on the pupil’s record.',
    },
  ];

  return (
    <PlacementFormFrame
      context={context}
      errors={errors()}
      allowed={context.canSend()}
      refusal="The referral has already been sent."
    >
      {(placement) => (
        <>
          <h1 class="govuk-heading-l">Send the referral to {placement.provider.name}</h1>
          <p class="govuk-body">
            The provider will see the referral, the personalised plan and the agreement, and a summary of the pupil: their name,
            year group, date of birth, and whether they have an EHC plan, a behaviour risk assessment or are looked after. It
            never sees the pupil’s record.
          </p>
          <form
            novalidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy()) void send(event.currentTarget, placement);
            }}
          >
            <Textarea
              id="needsSummary"
              label="What does the provider need to know about the pupil’s needs and risks?"
              hint="In your words: what helps, what to avoid, and any risks staff must plan for."
              error={errorMessageFor(errors(), 'needsSummary')}
              rows={6}
            />
            <Checkboxes
              name="share"
              legend="What else do you want to share?"
              hint="Select all that apply."
              items={shareItems(placement)}
              checked={['medicalNeeds', 'emergencyContact']}
            />
            <InsetText>
              When you send the referral, {placement.localAuthority.name} is told about the placement automatically, as schools must
              tell their local authority about every placement they commission. The provider’s managers are notified too.
            </InsetText>
            <Button busy={busy()}>Send referral</Button>
          </form>
        </>
      )}
    </PlacementFormFrame>
  );
}
