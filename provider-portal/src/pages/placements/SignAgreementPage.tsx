import { A, useNavigate } from '@solidjs/router';
import {
  BackLink,
  noticeState,
  permissions,
  RequirePermission,
  SignatureForm,
  SignaturesTable,
  usePageTitle,
  useSession,
} from '@ap/portal-kit';
import { Show } from 'solid-js';
import { useProviderPlacement } from './placement';

/** The provider manager signs the current version of the agreement for the provider. */
export function SignAgreementPage() {
  const navigate = useNavigate();
  const session = useSession();
  const context = useProviderPlacement();
  usePageTitle(() => 'Sign the agreement');

  return (
    <RequirePermission permission={permissions.signAgreements}>
      <BackLink href={context.path()} text="Back to the placement" />
      <Show when={context.placement()}>
        {(placement) => (
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">
              <span class="govuk-caption-l">
                {placement().pupilSummary.name} from {placement().school.name}
              </span>
              <h1 class="govuk-heading-l">Sign the agreement</h1>
              <Show when={context.canSign()} fallback={<p class="govuk-body">There is nothing for you to sign on this placement now.</p>}>
                <p class="govuk-body">
                  You are signing version {placement().currentAgreement.version} for {placement().provider.name}.{' '}
                  <A class="govuk-link" href={context.path('/agreement/print')}>
                    Read or print the agreement
                  </A>{' '}
                  before you sign.
                </p>
                <SignaturesTable agreement={placement().currentAgreement} caption="Signatures so far" />
                <SignatureForm
                  agreementId={placement().currentAgreement.id}
                  party="PROVIDER"
                  method="IN_PORTAL"
                  idPrefix="provider"
                  heading={`Sign for ${placement().provider.name}`}
                  defaultName={session.me()?.user.displayName}
                  declaration={`I have read version ${placement().currentAgreement.version} of the agreement and agree to it on behalf of ${placement().provider.name}`}
                  submitText="Sign the agreement"
                  onSigned={() => navigate(context.path(), { state: noticeState(`Signed for ${placement().provider.name}`) })}
                />
              </Show>
            </div>
          </div>
        )}
      </Show>
    </RequirePermission>
  );
}
