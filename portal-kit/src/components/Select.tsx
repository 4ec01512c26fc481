import { For } from 'solid-js';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';
import { classNames, idList } from './attributes';

export interface SelectOption {
  value: string;
  text: string;
}

export interface SelectProps {
  id: string;
  /** Defaults to the id. */
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly SelectOption[];
  value?: string;
}

export function Select(props: SelectProps) {
  const hintId = () => `${props.id}-hint`;
  const errorId = () => `${props.id}-error`;
  return (
    <div class={classNames('govuk-form-group', props.error && 'govuk-form-group--error')}>
      <label class="govuk-label" for={props.id}>
        {props.label}
      </label>
      <Hint id={hintId()} text={props.hint} />
      <ErrorMessage id={errorId()} message={props.error} />
      <select
        class={classNames('govuk-select', props.error && 'govuk-select--error')}
        id={props.id}
        name={props.name ?? props.id}
        aria-describedby={idList(props.hint && hintId(), props.error && errorId())}
      >
        <For each={props.options}>
          {(option) => (
            <option value={option.value} selected={option.value === (props.value ?? '')}>
              {option.text}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
