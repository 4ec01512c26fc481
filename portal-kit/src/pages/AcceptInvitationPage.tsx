import { useNavigate, useSearchParams } from '@solidjs/router';
import { useClient } from '@urql/solid';
import { createResource, createSignal, Match, Show, Switch } from 'solid-js';
import { useSession } from '../auth/session';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { PasswordInput } from '../components/PasswordInput';
import { RoleTags } from '../components/RoleTags';
import { SummaryList } from '../components/SummaryList';
import { TextInput } from '../components/TextInput';
import { graphql } from '../gql';
import type { InvitationPreviewQuery } from '../gql/graphql';
import { textField } from '../forms/form-data';
import { errorMessageFor, failedChecks, formErrorsFrom, isBlank, type FormErrors } from '../forms/form-errors';
import { ApiError } from '../graphql/errors';
import { fetchQuery, runMutation } from '../graphql/requests';
import { formatDate } from '../labels/dates';
import { organisationKindLabels } from '../labels/labels';
import { usePageTitle } from '../portal/page-title';
import { singleParam } from '../portal/paths';
import { usePortal } from '../portal/portal-context';

const InvitationPreviewDocument = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      organisationName
      organisationKind
      email
      roles
      expiresAt
      existingAccount
    }
  }
`);

const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...SessionMe
    }
  }
`);

const askForNewInvitation = 'If you still need to join, ask the person who invited you to send a new invitation.';

type Preview = InvitationPreviewQuery['invitationPreview'];

type PreviewLookup = { usable: true; preview: Preview } | { usable: false; reason: string };

const unusableLinkReason = 'This invitation link is not valid. Check you copied the whole link from the email.';

export function AcceptInvitationPage() {
  const client = useClient();
  const session = useSession();
  const portal = usePortal();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const token = () => singleParam(search.token) ?? '';
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Accept your invitation', () => errors().length > 0);

  // An expired or unknown invitation is an expected answer for this page, not a failure of it.
  const [lookup] = createResource(token, async (invitationToken): Promise<PreviewLookup> => {
    try {
      const data = await fetchQuery(client, InvitationPreviewDocument, { token: invitationToken });
      return { usable: true, preview: data.invitationPreview };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const tokenProblem = error.problems.find((problem) => problem.field === 'token');
      if (tokenProblem) return { usable: false, reason: tokenProblem.message };
      if (error.has('NOT_FOUND')) return { usable: false, reason: unusableLinkReason };
      throw error;
    }
  });

  const usablePreview = () => {
    const result = lookup();
    return result?.usable ? result.preview : undefined;
  };
  const unusableReason = () => {
    const result = lookup();
    return result && !result.usable ? result.reason : undefined;
  };

  async function accept(form: HTMLFormElement, preview: Preview) {
    const data = new FormData(form);
    const displayName = textField(data, 'displayName').trim();
    const password = textField(data, 'password');
    const invalid = failedChecks([
      { field: 'displayName', failed: !preview.existingAccount && isBlank(displayName), message: 'Enter your full name' },
      {
        field: 'password',
        failed: password === '',
        message: preview.existingAccount ? 'Enter your password' : 'Create a password',
      },
    ]);
    setErrors(invalid);
    if (invalid.length > 0) return;
    setBusy(true);
    const outcome = await runMutation(client, AcceptInvitationDocument, {
      input: { token: token(), password, ...(preview.existingAccount ? {} : { displayName }) },
    });
    setBusy(false);
    if (!outcome.ok) {
      setErrors(formErrorsFrom(outcome.problems, ['displayName', 'password']));
      return;
    }
    session.signedIn(outcome.data.acceptInvitation);
    if (portal.organisationKinds.includes(preview.organisationKind)) navigate('/', { replace: true });
    else window.location.assign(portal.otherPortal.href);
  }

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <Switch>
          <Match when={token() === ''}>
            <h1 class="govuk-heading-l">This invitation link is not valid</h1>
            <p class="govuk-body">{unusableLinkReason}</p>
            <p class="govuk-body">{askForNewInvitation}</p>
          </Match>
          <Match when={unusableReason()}>
            {(reason) => (
              <>
                <h1 class="govuk-heading-l">You cannot use this invitation</h1>
                <p class="govuk-body">{reason()}</p>
                <p class="govuk-body">{askForNewInvitation}</p>
              </>
            )}
          </Match>
          <Match when={usablePreview()}>
            {(preview) => (
              <>
                <ErrorSummary errors={errors()} />
                <h1 class="govuk-heading-l">Join {preview().organisationName}</h1>
                <SummaryList
                  rows={[
                    { key: 'Organisation', value: preview().organisationName },
                    { key: 'Type', value: organisationKindLabels[preview().organisationKind] },
                    { key: 'Your email address', value: preview().email },
                    { key: 'Your roles', value: <RoleTags roles={preview().roles} /> },
                    { key: 'Invitation expires', value: formatDate(preview().expiresAt) },
                  ]}
                />
                <form
                  novalidate
                  onSubmit={(event) => {
                    event.preventDefault();
                    if (!busy()) void accept(event.currentTarget, preview());
                  }}
                >
                  <Show
                    when={preview().existingAccount}
                    fallback={
                      <>
                        <h2 class="govuk-heading-m">Create your account</h2>
                        <TextInput
                          id="displayName"
                          label="Full name"
                          autocomplete="name"
                          spellcheck={false}
                          error={errorMessageFor(errors(), 'displayName')}
                        />
                        <PasswordInput
                          id="password"
                          label="Create a password"
                          hint="Use a long password that is hard to guess, such as three random words."
                          autocomplete="new-password"
                          error={errorMessageFor(errors(), 'password')}
                        />
                      </>
                    }
                  >
                    <h2 class="govuk-heading-m">Confirm it is you</h2>
                    <p class="govuk-body">
                      You already have an account with {preview().email}. Enter its password to accept.
                    </p>
                    <PasswordInput
                      id="password"
                      label="Password"
                      autocomplete="current-password"
                      error={errorMessageFor(errors(), 'password')}
                    />
                  </Show>
                  <Button busy={busy()}>Accept invitation</Button>
                </form>
              </>
            )}
          </Match>
        </Switch>
      </div>
    </div>
  );
}
