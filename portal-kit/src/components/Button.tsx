import { A } from '@solidjs/router';
import type { JSX } from 'solid-js';
import { Show } from 'solid-js';
import { classNames } from './attributes';

export interface ButtonProps {
  children: JSX.Element;
  variant?: 'secondary' | 'warning';
  /** Renders a link that looks like a button: it goes somewhere instead of doing something. */
  href?: string;
  type?: 'submit' | 'button';
  onClick?: () => void;
  /** Set while the action is under way, so a second press does not repeat it. */
  busy?: boolean;
}

export function Button(props: ButtonProps) {
  const className = () => classNames('govuk-button', props.variant && `govuk-button--${props.variant}`);
  return (
    <Show
      when={props.href}
      fallback={
        <button
          type={props.type ?? 'submit'}
          class={className()}
          aria-disabled={props.busy ? 'true' : undefined}
          onClick={(event) => {
            if (props.busy) event.preventDefault();
            else props.onClick?.();
          }}
        >
          {props.children}
        </button>
      }
    >
      {(href) => (
        <A href={href()} class={className()} draggable={false}>
          {props.children}
        </A>
      )}
    </Show>
  );
}
