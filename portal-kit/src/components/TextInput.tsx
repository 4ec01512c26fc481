import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';
import { classNames, idList } from './attributes';

export interface TextInputProps {
  id: string;
  /** Defaults to the id. */
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  type?: 'text' | 'email' | 'search';
  autocomplete?: string;
  spellcheck?: boolean;
  value?: string;
}

export function TextInput(props: TextInputProps) {
  const hintId = () => `${props.id}-hint`;
  const errorId = () => `${props.id}-error`;
  return (
    <div class={classNames('govuk-form-group', props.error && 'govuk-form-group--error')}>
      <label class="govuk-label" for={props.id}>
        {props.label}
      </label>
      <Hint id={hintId()} text={props.hint} />
      <ErrorMessage id={errorId()} message={props.error} />
      <input
        class={classNames('govuk-input', props.error && 'govuk-input--error')}
        id={props.id}
        name={props.name ?? props.id}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        autocomplete={props.autocomplete}
        spellcheck={props.spellcheck}
        aria-describedby={idList(props.hint && hintId(), props.error && errorId())}
      />
    </div>
  );
}
