import { A, useNavigate } from '@solidjs/router';
import {
  NotificationBanner,
  noticeState,
  permissions,
  SignatureForm,
  SignaturesTable,
  usePageTitle,
  useSession,
  type PlacementRecord,
} from '@ap/portal-kit';
import { createSignal, Show } from 'solid-js';
import { PlacementFormFrame } from './placement-frame';
import { usePlacement } from './placement';

/** The school signs the agreement here, and records the parent's or carer's signature given on paper. */
export function SignAgreementPage() {
  const navigate = useNavigate();
  const session = useSession();
  const context = usePlacement();
  const [notice, setNotice] = createSignal<string>();
  usePageTitle(() => 'Sign the agreement');

  const missing = (placement: PlacementRecord, party: 'SCHOOL' | 'PARENT_CARER') => placement.currentAgreement.missingParties.includes(party);

  async function signed(what: string) {
    const placement = await context.refetch();
    if (placement?.currentAgreement.isFullySigned) {
      navigate(context.path(), { state: noticeState('Everyone has signed: the placement is agreed') });
      return;
    }
    setNotice(what);
  }

  return (
    <PlacementFormFrame
      context={context}
      errors={[]}
      allowed={context.canSign()}
      refusal="The agreement can be signed once the referral is sent."
    >
      {(placement) => (
        <>
          <Show when={notice()} keyed>
            {(text) => <NotificationBanner type="success" heading={text} />}
          </Show>
          <h1 class="govuk-heading-l">Sign the agreement</h1>
          <p class="govuk-body">
            Version {placement.currentAgreement.version} of the agreement needs the signatures of your school, the provider and
            the parent or carer.{' '}
            <A class="govuk-link" href={context.path('/agreement/print')}>
              Read or print the agreement
            </A>
            .
          </p>
          <SignaturesTable agreement={placement.currentAgreement} caption="Signatures so far" />
          <Show when={missing(placement, 'SCHOOL') && session.can(permissions.signAgreements)}>
            <SignatureForm
              agreementId={placement.currentAgreement.id}
              party="SCHOOL"
              method="IN_PORTAL"
              idPrefix="school"
              heading={`Sign for ${placement.school.name}`}
              defaultName={session.me()?.user.displayName}
              declaration={`I have read version ${placement.currentAgreement.version} of the agreement and agree to it on behalf of ${placement.school.name}`}
              submitText="Sign the agreement"
              onSigned={() => void signed(`Signed for ${placement.school.name}`)}
            />
          </Show>
          <Show when={missing(placement, 'PARENT_CARER')}>
            <p class="govuk-body">
              Print the agreement for the parent or carer to sign, then record their signature here. Keep the signed paper copy
              with the pupil’s records.
            </p>
            <SignatureForm
              agreementId={placement.currentAgreement.id}
              party="PARENT_CARER"
              method="ON_PAPER"
              idPrefix="parent"
              heading="Record the parent’s or carer’s signature"
              submitText="Record signature"
              onSigned={() => void signed('The parent’s or carer’s signature is recorded')}
            />
          </Show>
        </>
      )}
    </PlacementFormFrame>
  );
}
