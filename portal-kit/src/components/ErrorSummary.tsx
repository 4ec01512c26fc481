import { createEffect, For, on, Show } from 'solid-js';
import type { FormErrors } from '../forms/form-errors';

/** Moves focus to a field and scrolls its label (or its fieldset's legend) into view. */
function focusField(event: MouseEvent, fieldId: string) {
  const input = document.getElementById(fieldId);
  if (!input) return;
  event.preventDefault();
  const isChoice = input instanceof HTMLInputElement && (input.type === 'checkbox' || input.type === 'radio');
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  ((isChoice ? legend : label) ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}

/** GOV.UK error summary: takes focus each time a submission fails, and links each error to its field. */
export function ErrorSummary(props: { errors: FormErrors }) {
  let root: HTMLDivElement | undefined;
  createEffect(
    on(
      () => props.errors,
      (errors) => {
        if (errors.length > 0) root?.focus();
      },
    ),
  );
  return (
    <Show when={props.errors.length > 0}>
      <div ref={root} class="govuk-error-summary" tabindex="-1">
        <div role="alert">
          <h2 class="govuk-error-summary__title">There is a problem</h2>
          <div class="govuk-error-summary__body">
            <ul class="govuk-list govuk-error-summary__list">
              <For each={props.errors}>
                {(error) => (
                  <li>
                    <Show when={error.field} fallback={error.message}>
                      {(field) => (
                        <a href={`#${field()}`} onClick={(event) => focusField(event, field())}>
                          {error.message}
                        </a>
                      )}
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </div>
        </div>
      </div>
    </Show>
  );
}
