import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';
import { classNames, idList } from './attributes';

export interface TextareaProps {
  id: string;
  /** Defaults to the id. */
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  value?: string;
  rows?: number;
  spellcheck?: boolean;
}

export function Textarea(props: TextareaProps) {
  const hintId = () => `${props.id}-hint`;
  const errorId = () => `${props.id}-error`;
  return (
    <div class={classNames('govuk-form-group', props.error && 'govuk-form-group--error')}>
      <label class="govuk-label" for={props.id}>
        {props.label}
      </label>
      <Hint id={hintId()} text={props.hint} />
      <ErrorMessage id={errorId()} message={props.error} />
      <textarea
        class={classNames('govuk-textarea', props.error && 'govuk-textarea--error')}
        id={props.id}
        name={props.name ?? props.id}
        rows={props.rows ?? 5}
        spellcheck={props.spellcheck}
        aria-describedby={idList(props.hint && hintId(), props.error && errorId())}
      >
        {props.value ?? ''}
      </textarea>
    </div>
  );
}
