import { For } from 'solid-js';
import { Fieldset } from './Fieldset';
import { Hint } from './Hint';
import { classNames } from './attributes';
import { choiceId, type ChoiceItem } from './choice-item';

export interface CheckboxesProps {
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
  /** Values ticked when the form first shows. */
  checked?: readonly string[];
}

export function Checkboxes(props: CheckboxesProps) {
  return (
    <Fieldset
      name={props.name}
      legend={props.legend}
      legendIsPageHeading={props.legendIsPageHeading}
      legendSize={props.legendSize}
      hint={props.hint}
      error={props.error}
    >
      <div class={classNames('govuk-checkboxes', props.small && 'govuk-checkboxes--small')}>
        <For each={props.items}>
          {(item, index) => {
            const id = () => choiceId(props.name, index());
            return (
              <div class="govuk-checkboxes__item">
                <input
                  class="govuk-checkboxes__input"
                  id={id()}
                  name={props.name}
                  type="checkbox"
                  value={item.value}
                  checked={props.checked?.includes(item.value) ?? false}
                  aria-describedby={item.hint ? `${id()}-item-hint` : undefined}
                />
                <label class="govuk-label govuk-checkboxes__label" for={id()}>
                  {item.label}
                </label>
                <Hint id={`${id()}-item-hint`} text={item.hint} class="govuk-hint govuk-checkboxes__hint" />
              </div>
            );
          }}
        </For>
      </div>
    </Fieldset>
  );
}
