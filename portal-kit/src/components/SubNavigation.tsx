import { A, useLocation } from '@solidjs/router';
import { For } from 'solid-js';
import { appPathOf } from '../portal/paths';
import { usePortal } from '../portal/portal-context';
import { classNames } from './attributes';

export interface SubNavigationItem {
  text: string;
  href: string;
  /** Also current on pages below it (e.g. an evidence item under "Evidence"). */
  includesSubpages?: boolean;
}

/** Pages of one section, such as a provider's record: a labelled list of links, the current one marked (the router sets aria-current). */
export function SubNavigation(props: { label: string; items: readonly SubNavigationItem[] }) {
  const location = useLocation();
  const portal = usePortal();
  const current = (item: SubNavigationItem) => {
    const path = appPathOf(location.pathname, portal.basePath);
    return path === item.href || (item.includesSubpages === true && path.startsWith(`${item.href}/`));
  };
  return (
    <nav class="app-sub-navigation" aria-label={props.label}>
      <ul class="app-sub-navigation__list">
        <For each={props.items}>
          {(item) => (
            <li class={classNames('app-sub-navigation__item', current(item) && 'app-sub-navigation__item--current')}>
              <A class="app-sub-navigation__link govuk-link" href={item.href} end>
                {item.text}
              </A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
