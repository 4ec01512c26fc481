import { useClient } from '@urql/solid';
import { createSignal, Show } from 'solid-js';
import { BackLink } from '../components/BackLink';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextInput } from '../components/TextInput';
import { graphql } from '../gql';
import { textField } from '../forms/form-data';
import {
  errorMessageFor,
  failedChecks,
  formErrorsFrom,
  isBlank,
  looksLikeEmailAddress,
  type FormErrors,
} from '../forms/form-errors';
import { runMutation } from '../graphql/requests';
import { usePageTitle } from '../portal/page-title';
import { usePortal } from '../portal/portal-context';

const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!, $portal: Portal!) {
    requestPasswordReset(email: $email, portal: $portal)
  }
`);

export function RequestPasswordResetPage() {
  const client = useClient();
  const portal = usePortal();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  const [sentTo, setSentTo] = createSignal<string>();
  usePageTitle(
    () => (sentTo() ? 'Check your email' : 'Reset your password'),
    () => errors().length > 0,
  );

  async function requestReset(form: HTMLFormElement) {
    const email = textField(new FormData(form), 'email').trim();
    const invalid = failedChecks([
      { field: 'email', failed: isBlank(email), message: 'Enter your email address' },
      {
        field: 'email',
        failed: !looksLikeEmailAddress(email),
        message: 'Enter an email address in the correct format, like name@example.com',
      },
    ]);
    setErrors(invalid);
    if (invalid.length > 0) return;
    setBusy(true);
    const outcome = await runMutation(client, RequestPasswordResetDocument, { email, portal: portal.portal });
    setBusy(false);
    if (outcome.ok) setSentTo(email);
    else setErrors(formErrorsFrom(outcome.problems, ['email']));
  }

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <Show
          when={sentTo()}
          fallback={
            <>
              <BackLink href="/sign-in" />
              <ErrorSummary errors={errors()} />
              <h1 class="govuk-heading-l">Reset your password</h1>
              <p class="govuk-body">We will email you a link to choose a new password.</p>
              <form
                novalidate
                onSubmit={(event) => {
                  event.preventDefault();
                  if (!busy()) void requestReset(event.currentTarget);
                }}
              >
                <TextInput
                  id="email"
                  label="Email address"
                  type="email"
                  autocomplete="email"
                  spellcheck={false}
                  error={errorMessageFor(errors(), 'email')}
                />
                <Button busy={busy()}>Send reset link</Button>
              </form>
            </>
          }
        >
          {(email) => (
            <>
              <h1 class="govuk-heading-l">Check your email</h1>
              <p class="govuk-body">
                If {email()} has an account, we have sent it a link to reset the password. The link works once.
              </p>
              <p class="govuk-body">If no email arrives within a few minutes, check your spam or junk folder.</p>
            </>
          )}
        </Show>
      </div>
    </div>
  );
}
