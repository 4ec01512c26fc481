import { For } from 'solid-js';
import { Fieldset } from './Fieldset';
import { Hint } from './Hint';
import { classNames } from './attributes';
import { choiceId, type ChoiceItem } from './choice-item';

export interface RadiosProps {
  name: string;
  legend: string;
  legendIsPageHeading?: boolean;
  /** "s" for a question among many, such as a filter. */
  legendSize?: 's' | 'm';
  /** GOV.UK small choices, for filters and long lists. */
  small?: boolean;
  hint?: string;
  error?: string;
  items: readonly ChoiceItem[];
  /** Value selected when the form first shows. */
  checked?: string;
}

export function Radios(props: RadiosProps) {
  return (
    <Fieldset
      name={props.name}
      legend={props.legend}
      legendIsPageHeading={props.legendIsPageHeading}
      legendSize={props.legendSize}
      hint={props.hint}
      error={props.error}
    >
      <div class={classNames('govuk-radios', props.small && 'govuk-radios--small')}>
        <For each={props.items}>
          {(item, index) => {
            const id = () => choiceId(props.name, index());
            return (
              <div class="govuk-radios__item">
                <input
                  class="govuk-radios__input"
                  id={id()}
                  name={props.name}
                  type="radio"
                  value={item.value}
                  checked={props.checked === item.value}
                  aria-describedby={item.hint ? `${id()}-item-hint` : undefined}
                />
                <label class="govuk-label govuk-radios__label" for={id()}>
                  {item.label}
                </label>
                <Hint id={`${id()}-item-hint`} text={item.hint} class="govuk-hint govuk-radios__hint" />
              </div>
            );
          }}
        </For>
      </div>
    </Fieldset>
  );
}
