import { A, useSearchParams } from '@solidjs/router';
import { useClient } from '@urql/solid';
import { createSignal, Match, Switch } from 'solid-js';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { Panel } from '../components/Panel';
import { PasswordInput } from '../components/PasswordInput';
import { graphql } from '../gql';
import { textField } from '../forms/form-data';
import { errorMessageFor, failedChecks, formErrorsFrom, type FormErrors } from '../forms/form-errors';
import { runMutation } from '../graphql/requests';
import { usePageTitle } from '../portal/page-title';
import { singleParam } from '../portal/paths';

const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export function ResetPasswordPage() {
  const client = useClient();
  const [search] = useSearchParams();
  const token = () => singleParam(search.token) ?? '';
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  const [done, setDone] = createSignal(false);
  usePageTitle(
    () => (done() ? 'Your password has been reset' : 'Choose a new password'),
    () => errors().length > 0,
  );

  async function resetPassword(form: HTMLFormElement) {
    const password = textField(new FormData(form), 'password');
    const invalid = failedChecks([{ field: 'password', failed: password === '', message: 'Enter a new password' }]);
    setErrors(invalid);
    if (invalid.length > 0) return;
    setBusy(true);
    const outcome = await runMutation(client, ResetPasswordDocument, { input: { token: token(), password } });
    setBusy(false);
    if (outcome.ok) setDone(true);
    else setErrors(formErrorsFrom(outcome.problems, ['password']));
  }

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <Switch>
          <Match when={done()}>
            <Panel title="Your password has been reset" />
            <p class="govuk-body">
              <A class="govuk-link" href="/sign-in">
                Sign in with your new password
              </A>
            </p>
          </Match>
          <Match when={token() === ''}>
            <h1 class="govuk-heading-l">This link is not valid</h1>
            <p class="govuk-body">
              Check you copied the whole link from the email, or{' '}
              <A class="govuk-link" href="/request-password-reset">
                request a new link
              </A>.
            </p>
          </Match>
          <Match when={true}>
            <ErrorSummary errors={errors()} />
            <h1 class="govuk-heading-l">Choose a new password</h1>
            <form
              novalidate
              onSubmit={(event) => {
                event.preventDefault();
                if (!busy()) void resetPassword(event.currentTarget);
              }}
            >
              <PasswordInput
                id="password"
                label="New password"
                hint="Use a long password that is hard to guess, such as three random words."
                autocomplete="new-password"
                error={errorMessageFor(errors(), 'password')}
              />
              <Button busy={busy()}>Reset password</Button>
            </form>
            <p class="govuk-body">
              If the link has expired or was used already,{' '}
              <A class="govuk-link" href="/request-password-reset">
                request a new link
              </A>.
            </p>
          </Match>
        </Switch>
      </div>
    </div>
  );
}
