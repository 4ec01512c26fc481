import type { JSX } from 'solid-js';
import { createSignal, Show, splitProps } from 'solid-js';
import { Radios, type RadiosProps } from './Radios';

export interface ConditionalRadiosProps extends RadiosProps {
  /** Whether choosing this value reveals the follow-up question. */
  reveals: (value: string) => boolean;
  /** The follow-up question, shown beneath the radios while a revealing answer is chosen. */
  children: JSX.Element;
}

/** GOV.UK radios with a conditionally revealed follow-up, e.g. "Why was the parent not contacted?" after "No". */
export function ConditionalRadios(props: ConditionalRadiosProps) {
  const [own, radios] = splitProps(props, ['reveals', 'children']);
  const [chosen, setChosen] = createSignal(props.checked);
  return (
    <div
      onChange={(event) => {
        const input = event.target as HTMLInputElement;
        if (input.name === props.name) setChosen(input.value);
      }}
    >
      <Radios {...radios} />
      <Show when={chosen() !== undefined && own.reveals(chosen()!)}>
        <div class="govuk-radios__conditional">{own.children}</div>
      </Show>
    </div>
  );
}
