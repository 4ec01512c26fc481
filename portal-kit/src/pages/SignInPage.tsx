import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, Show } from 'solid-js';
import { useSession } from '../auth/session';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { NotificationBanner } from '../components/NotificationBanner';
import { PasswordInput } from '../components/PasswordInput';
import { TextInput } from '../components/TextInput';
import { textField } from '../forms/form-data';
import { errorMessageFor, failedChecks, formErrorsFrom, isBlank, type FormErrors } from '../forms/form-errors';
import { usePageTitle } from '../portal/page-title';
import { safeReturnTo, singleParam } from '../portal/paths';
import { usePortal } from '../portal/portal-context';

export function SignInPage() {
  const session = useSession();
  const portal = usePortal();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Sign in', () => errors().length > 0);

  // Also covers arriving here while already signed in.
  createEffect(() => {
    if (session.state().status === 'signed-in') navigate(safeReturnTo(singleParam(search.returnTo)), { replace: true });
  });

  async function signIn(form: HTMLFormElement) {
    const data = new FormData(form);
    const email = textField(data, 'email').trim();
    const password = textField(data, 'password');
    const invalid = failedChecks([
      { field: 'email', failed: isBlank(email), message: 'Enter your email address' },
      { field: 'password', failed: password === '', message: 'Enter your password' },
    ]);
    setErrors(invalid);
    if (invalid.length > 0) return;
    setBusy(true);
    const outcome = await session.signIn({ email, password });
    setBusy(false);
    if (!outcome.ok) setErrors(formErrorsFrom(outcome.problems, ['email', 'password']));
  }

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <Show when={session.state().status === 'unavailable'}>
          <NotificationBanner heading="Sorry, the service is unavailable at the moment">
            <p class="govuk-body">You will not be able to sign in until it is back. Try again in a few minutes.</p>
          </NotificationBanner>
        </Show>
        <ErrorSummary errors={errors()} />
        <h1 class="govuk-heading-l">Sign in to the {portal.name.toLowerCase()}</h1>
        <form
          novalidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!busy()) void signIn(event.currentTarget);
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
          <PasswordInput
            id="password"
            label="Password"
            autocomplete="current-password"
            error={errorMessageFor(errors(), 'password')}
          />
          <Button busy={busy()}>Sign in</Button>
        </form>
        <p class="govuk-body">
          <A class="govuk-link" href="/request-password-reset">
            I have forgotten my password
          </A>
        </p>
      </div>
    </div>
  );
}
