import { useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { describeMembership, membershipsByPortal } from '../auth/memberships';
import { useSession } from '../auth/session';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { Radios } from '../components/Radios';
import { textField } from '../forms/form-data';
import { errorMessageFor, failedChecks, formErrorsFrom, type FormErrors } from '../forms/form-errors';
import { usePageTitle } from '../portal/page-title';
import { singleParam } from '../portal/paths';
import { usePortal } from '../portal/portal-context';

export function SwitchOrganisationPage() {
  const session = useSession();
  const portal = usePortal();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Switch organisation', () => errors().length > 0);

  const memberships = () => membershipsByPortal(session.me()?.memberships ?? [], portal.organisationKinds);
  // The other portal links here with ?membership= so one click lands on the right choice.
  const preselected = () => singleParam(search.membership) ?? session.me()?.activeMembership?.id;

  async function switchOrganisation(form: HTMLFormElement) {
    const membershipId = textField(new FormData(form), 'membershipId');
    const invalid = failedChecks([
      { field: 'membershipId', failed: membershipId === '', message: 'Select the organisation you want to work for' },
    ]);
    setErrors(invalid);
    if (invalid.length > 0) return;
    if (membershipId === session.me()?.activeMembership?.id) {
      navigate('/');
      return;
    }
    setBusy(true);
    const outcome = await session.switchOrganisation(membershipId);
    setBusy(false);
    if (outcome.ok) navigate('/');
    else setErrors(formErrorsFrom(outcome.problems, ['membershipId']));
  }

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors()} />
        <Show
          when={memberships().here.length > 0}
          fallback={
            <>
              <h1 class="govuk-heading-l">Switch organisation</h1>
              <p class="govuk-body">None of your organisations use the {portal.name.toLowerCase()}.</p>
            </>
          }
        >
          <form
            novalidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy()) void switchOrganisation(event.currentTarget);
            }}
          >
            <Radios
              name="membershipId"
              legend="Which organisation do you want to work for?"
              legendIsPageHeading
              error={errorMessageFor(errors(), 'membershipId')}
              checked={preselected()}
              items={memberships().here.map((membership) => ({
                value: membership.id,
                label: membership.organisation.name,
                hint: describeMembership(membership),
              }))}
            />
            <Button busy={busy()}>Continue</Button>
          </form>
        </Show>
        <Show when={memberships().elsewhere.length > 0}>
          <h2 class="govuk-heading-m">Organisations in the {portal.otherPortal.name.toLowerCase()}</h2>
          <ul class="govuk-list">
            <For each={memberships().elsewhere}>
              {(membership) => (
                <li>
                  <a
                    class="govuk-link"
                    href={`${portal.otherPortal.href}switch-organisation?membership=${encodeURIComponent(membership.id)}`}
                    rel="external"
                  >
                    {membership.organisation.name}
                  </a>
                  <p class="govuk-hint govuk-!-margin-top-1">{describeMembership(membership)}</p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
    </div>
  );
}
