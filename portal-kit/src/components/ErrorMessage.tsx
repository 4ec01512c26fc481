import { Show } from 'solid-js';

export interface ErrorMessageProps {
  id: string;
  message: string | undefined;
}

export function ErrorMessage(props: ErrorMessageProps) {
  return (
    <Show when={props.message}>
      <p id={props.id} class="govuk-error-message">
        <span class="govuk-visually-hidden">Error:</span> {props.message}
      </p>
    </Show>
  );
}
