import type { JSX } from 'solid-js';
import { createUniqueId, onMount } from 'solid-js';
import { classNames } from './attributes';

export interface NotificationBannerProps {
  /** success: the result of what the user just did; it takes focus so it is announced. */
  type?: 'success';
  heading: string;
  children?: JSX.Element;
}

export function NotificationBanner(props: NotificationBannerProps) {
  let root!: HTMLDivElement;
  const titleId = createUniqueId();
  onMount(() => {
    if (props.type === 'success') root.focus();
  });
  return (
    <div
      ref={root}
      class={classNames('govuk-notification-banner', props.type && `govuk-notification-banner--${props.type}`)}
      role={props.type === 'success' ? 'alert' : 'region'}
      aria-labelledby={titleId}
      tabindex={props.type === 'success' ? '-1' : undefined}
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id={titleId}>
          {props.type === 'success' ? 'Success' : 'Important'}
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{props.heading}</p>
        {props.children}
      </div>
    </div>
  );
}
