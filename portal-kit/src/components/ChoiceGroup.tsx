import { For } from 'solid-js';
import { Fieldset } from './Fieldset';
import { Hint } from './Hint';
import { classNames } from './attributes';
import { choiceId, type ChoiceItem } from './choice-item';

export interface ChoiceGroupProps {
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
}

/** The markup GOV.UK checkboxes and radios share; `kind` picks the input type and class prefix. */
export function ChoiceGroup(props: ChoiceGroupProps & { kind: 'checkboxes' | 'radios'; isChecked: (value: string) => boolean }) {
  const block = () => `govuk-${props.kind}`;
  return (
    <Fieldset
      name={props.name}
      legend={props.legend}
      legendIsPageHeading={props.legendIsPageHeading}
      legendSize={props.legendSize}
      hint={props.hint}
      error={props.error}
    >
      <div class={classNames(block(), props.small && `${block()}--small`)}>
        <For each={props.items}>
          {(item, index) => {
            const id = () => choiceId(props.name, index());
            return (
              <div class={`${block()}__item`}>
                <input
                  class={`${block()}__input`}
                  id={id()}
                  name={props.name}
                  type={props.kind === 'checkboxes' ? 'checkbox' : 'radio'}
                  value={item.value}
                  checked={props.isChecked(item.value)}
                  aria-describedby={item.hint ? `${id()}-item-hint` : undefined}
                />
                <label class={`govuk-label ${block()}__label`} for={id()}>
                  {item.label}
                </label>
                <Hint id={`${id()}-item-hint`} text={item.hint} class={`govuk-hint ${block()}__hint`} />
              </div>
            );
          }}
        </For>
      </div>
    </Fieldset>
  );
}
