import { Show } from 'solid-js';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';
import { classNames, idList } from './attributes';

export interface TextInputProps {
  id: string;
  /** Defaults to the id. */
  name?: string;
  label: string;
  /** The label is the page's h1 when the question is the page. */
  labelIsPageHeading?: boolean;
  hint?: string;
  error?: string;
  type?: 'text' | 'email' | 'search' | 'tel';
  autocomplete?: string;
  spellcheck?: boolean;
  value?: string;
  /** "numeric" brings up the number keypad without the problems of type="number". */
  inputmode?: 'numeric' | 'text' | 'email' | 'tel';
  /** GOV.UK fixed width in characters, for answers of a known length. */
  width?: 2 | 3 | 4 | 5 | 10 | 20;
  /** Shown before the box, e.g. "£". */
  prefix?: string;
}

export function TextInput(props: TextInputProps) {
  const hintId = () => `${props.id}-hint`;
  const errorId = () => `${props.id}-error`;
  const input = () => (
    <input
      class={classNames(
        'govuk-input',
        props.width !== undefined && `govuk-input--width-${props.width}`,
        props.error && 'govuk-input--error',
      )}
      id={props.id}
      name={props.name ?? props.id}
      type={props.type ?? 'text'}
      value={props.value ?? ''}
      autocomplete={props.autocomplete}
      spellcheck={props.spellcheck}
      inputmode={props.inputmode}
      aria-describedby={idList(props.hint && hintId(), props.error && errorId())}
    />
  );
  const label = () => (
    <label class={classNames('govuk-label', props.labelIsPageHeading && 'govuk-label--l')} for={props.id}>
      {props.label}
    </label>
  );
  return (
    <div class={classNames('govuk-form-group', props.error && 'govuk-form-group--error')}>
      <Show when={props.labelIsPageHeading} fallback={label()}>
        <h1 class="govuk-label-wrapper">{label()}</h1>
      </Show>
      <Hint id={hintId()} text={props.hint} />
      <ErrorMessage id={errorId()} message={props.error} />
      <Show when={props.prefix} fallback={input()}>
        {(prefix) => (
          <div class="govuk-input__wrapper">
            <div class="govuk-input__prefix" aria-hidden="true">
              {prefix()}
            </div>
            {input()}
          </div>
        )}
      </Show>
    </div>
  );
}
