import { A } from '@solidjs/router';
import { Show } from 'solid-js';

export interface HeaderAccount {
  userName: string;
  /** Missing while the user belongs to no organisation. */
  organisationName: string | undefined;
  canSwitchOrganisation: boolean;
  /** Notifications not read yet; the header links to them while the user has an organisation. */
  unreadNotifications: number;
}

export interface HeaderProps {
  productName: string;
  /** Shown when someone is signed in. */
  account: HeaderAccount | undefined;
  onSignOut: () => void;
}

/** Our own generic header: this is not a GOV.UK service, so no crown or GOV.UK logo. */
export function Header(props: HeaderProps) {
  return (
    <header class="govuk-generic-header app-header">
      <div class="govuk-generic-header__container govuk-width-container app-header__container">
        <div class="govuk-generic-header__logo">
          <A href="/" class="govuk-generic-header__homepage-link app-header__product" end>
            {props.productName}
          </A>
        </div>
        <Show when={props.account}>
          {(account) => (
            <div class="app-header__account">
              <p class="app-header__identity">
                <span class="govuk-visually-hidden">Signed in as </span>
                <span class="app-header__user" data-testid="signed-in-user">
                  {account().userName}
                </span>
                <Show when={account().organisationName}>
                  <span class="govuk-visually-hidden">, for </span>
                  <span class="app-header__organisation" data-testid="active-organisation">
                    {account().organisationName}
                  </span>
                </Show>
              </p>
              <ul class="app-header__actions">
                <Show when={account().organisationName}>
                  <li>
                    <A href="/notifications" class="app-header__link" data-testid="notifications-link">
                      Notifications
                      <Show when={account().unreadNotifications > 0}>
                        <span class="app-header__count" aria-hidden="true">
                          {account().unreadNotifications}
                        </span>
                        <span class="govuk-visually-hidden"> ({account().unreadNotifications} unread)</span>
                      </Show>
                    </A>
                  </li>
                </Show>
                <Show when={account().canSwitchOrganisation}>
                  <li>
                    <A href="/switch-organisation" class="app-header__link">
                      Switch organisation
                    </A>
                  </li>
                </Show>
                <li>
                  <button type="button" class="app-header__link app-header__sign-out" onClick={() => props.onSignOut()}>
                    Sign out
                  </button>
                </li>
              </ul>
            </div>
          )}
        </Show>
      </div>
    </header>
  );
}
