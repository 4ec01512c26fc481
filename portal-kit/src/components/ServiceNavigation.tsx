/// <reference path="../govuk-frontend.d.ts" />
import { A } from '@solidjs/router';
import { ServiceNavigation as GovukServiceNavigation } from 'govuk-frontend';
import { For, onMount, Show } from 'solid-js';
import { classNames } from './attributes';

export interface ServiceNavigationItem {
  text: string;
  href: string;
  /** The current page is this item's page or inside its section. */
  current: boolean;
}

export interface ServiceNavigationProps {
  serviceName: string;
  items: readonly ServiceNavigationItem[];
}

export function ServiceNavigation(props: ServiceNavigationProps) {
  let root!: HTMLElement;
  // Its script only adds the small-screen menu toggle.
  onMount(() => new GovukServiceNavigation(root));
  return (
    <section ref={root} aria-label="Service information" class="govuk-service-navigation">
      <div class="govuk-width-container">
        <div class="govuk-service-navigation__container">
          <span class="govuk-service-navigation__service-name">
            <A href="/" class="govuk-service-navigation__link" end>
              {props.serviceName}
            </A>
          </span>
          <Show when={props.items.length > 0}>
            <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
              <button
                type="button"
                class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls="navigation"
                hidden
              >
                Menu
              </button>
              <ul class="govuk-service-navigation__list" id="navigation">
                <For each={props.items}>
                  {(item) => (
                    <li
                      class={classNames(
                        'govuk-service-navigation__item',
                        item.current && 'govuk-service-navigation__item--active',
                      )}
                    >
                      <A href={item.href} class="govuk-service-navigation__link" end={item.href === '/'}>
                        <Show when={item.current} fallback={item.text}>
                          <strong class="govuk-service-navigation__active-fallback">{item.text}</strong>
                        </Show>
                      </A>
                    </li>
                  )}
                </For>
              </ul>
            </nav>
          </Show>
        </div>
      </div>
    </section>
  );
}
