import { useNavigate, useSearchParams } from '@solidjs/router';
import { formErrorsFrom, noticeState, runMutation, usePageTitle, type FormErrors, type PlacementRecord } from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createSignal } from 'solid-js';
import { PlacementFormFrame } from './placement-frame';
import { referralInputOf, usePlacement } from './placement';
import { UpdateReferralDocument } from './placements.data';
import { SitesChoice } from './referral/provider-choice';

/** The sites the pupil may attend; with ?providerId= (a draft only), at a newly chosen provider. */
export function ChangeSitesPage() {
  const client = useClient();
  const navigate = useNavigate();
  const context = usePlacement();
  const [search] = useSearchParams<{ providerId: string }>();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Which sites may the pupil attend?', () => errors().length > 0);

  const providerId = (placement: PlacementRecord) => (typeof search.providerId === 'string' && search.providerId) || placement.provider.id;

  async function save(placement: PlacementRecord, siteIds: string[]) {
    if (siteIds.length === 0) {
      setErrors([{ field: 'siteIds', message: 'Select at least one site the pupil will attend' }]);
      return;
    }
    setBusy(true);
    const outcome = await runMutation(client, UpdateReferralDocument, {
      input: { ...referralInputOf(placement), providerId: providerId(placement), siteIds },
    });
    setBusy(false);
    if (outcome.ok) navigate(context.path(), { state: noticeState('Provider and sites saved') });
    else setErrors(formErrorsFrom(outcome.problems, ['siteIds']));
  }

  return (
    <PlacementFormFrame
      context={context}
      errors={errors()}
      allowed={context.canChangeReferral()}
      refusal="The sites cannot change once anyone has signed the agreement."
    >
      {(placement) => (
        <SitesChoice
          providerId={providerId(placement)}
          checked={providerId(placement) === placement.provider.id ? placement.sites.map((site) => site.id) : []}
          errors={errors()}
          submitText="Save provider and sites"
          busy={busy()}
          onSubmit={(siteIds) => void save(placement, siteIds)}
        />
      )}
    </PlacementFormFrame>
  );
}
