/// <reference path="../govuk-frontend.d.ts" />
import { PasswordInput as GovukPasswordInput } from 'govuk-frontend';
import { onMount } from 'solid-js';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';
import { classNames, idList } from './attributes';

export interface PasswordInputProps {
  id: string;
  /** Defaults to the id. */
  name?: string;
  label: string;
  hint?: string;
  error?: string;
  autocomplete: 'current-password' | 'new-password';
}

/** GOV.UK password input: its script adds the "Show" button, so no confirmation field is needed. */
export function PasswordInput(props: PasswordInputProps) {
  let root!: HTMLDivElement;
  const hintId = () => `${props.id}-hint`;
  const errorId = () => `${props.id}-error`;
  onMount(() => new GovukPasswordInput(root));
  return (
    <div
      ref={root}
      class={classNames('govuk-form-group govuk-password-input', props.error && 'govuk-form-group--error')}
    >
      <label class="govuk-label" for={props.id}>
        {props.label}
      </label>
      <Hint id={hintId()} text={props.hint} />
      <ErrorMessage id={errorId()} message={props.error} />
      <div class="govuk-input__wrapper govuk-password-input__wrapper">
        <input
          class={classNames(
            'govuk-input govuk-password-input__input govuk-js-password-input-input',
            props.error && 'govuk-input--error',
          )}
          id={props.id}
          name={props.name ?? props.id}
          type="password"
          spellcheck={false}
          autocomplete={props.autocomplete}
          autocapitalize="none"
          aria-describedby={idList(props.hint && hintId(), props.error && errorId())}
        />
        <button
          type="button"
          class="govuk-button govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle"
          aria-controls={props.id}
          aria-label="Show password"
          hidden
        >
          Show
        </button>
      </div>
    </div>
  );
}
