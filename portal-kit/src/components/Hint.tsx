import { Show } from 'solid-js';

export interface HintProps {
  id: string;
  text: string | undefined;
  class?: string;
}

export function Hint(props: HintProps) {
  return (
    <Show when={props.text}>
      <div id={props.id} class={props.class ?? 'govuk-hint'}>
        {props.text}
      </div>
    </Show>
  );
}
