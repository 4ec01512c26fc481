import type { JSX } from 'solid-js';
import { Show } from 'solid-js';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';
import { classNames, idList } from './attributes';

export interface FieldsetProps {
  /** Prefix for the hint and error ids. */
  name: string;
  legend: string;
  /** The legend is the page's h1 when the question is the page. */
  legendIsPageHeading?: boolean;
  /** Size of a legend that is not the page heading: "m" unless given. */
  legendSize?: 's' | 'm';
  hint?: string;
  error?: string;
  children: JSX.Element;
}

/** A form group with a legend, hint and error: the frame of checkboxes and radios. */
export function Fieldset(props: FieldsetProps) {
  const hintId = () => `${props.name}-hint`;
  const errorId = () => `${props.name}-error`;
  return (
    <div class={classNames('govuk-form-group', props.error && 'govuk-form-group--error')}>
      <fieldset class="govuk-fieldset" aria-describedby={idList(props.hint && hintId(), props.error && errorId())}>
        <Show
          when={props.legendIsPageHeading}
          fallback={<legend class={`govuk-fieldset__legend govuk-fieldset__legend--${props.legendSize ?? 'm'}`}>{props.legend}</legend>}
        >
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
            <h1 class="govuk-fieldset__heading">{props.legend}</h1>
          </legend>
        </Show>
        <Hint id={hintId()} text={props.hint} />
        <ErrorMessage id={errorId()} message={props.error} />
        {props.children}
      </fieldset>
    </div>
  );
}
