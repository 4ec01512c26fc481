import type { JSX } from 'solid-js';
import { For } from 'solid-js';
import { classNames } from '../components/attributes';

export interface RecordField {
  label: string;
  /** Blank answers read "Not given". */
  value: JSX.Element | null | undefined;
  /** Takes the whole width, for long answers. */
  wide?: boolean;
}

/**
 * A record laid out like the paper form it replaces (the seeds' visit proforma and termly review):
 * labelled boxes, two a row on wide screens and on paper, one a row on phones.
 */
export function RecordSheet(props: { title: string; fields: readonly RecordField[] }) {
  return (
    <section class="app-record" aria-label={props.title}>
      <p class="app-record__title">{props.title}</p>
      <dl class="app-record__fields">
        <For each={props.fields}>
          {(field) => (
            <div class={classNames('app-record__field', field.wide && 'app-record__field--wide')}>
              <dt class="app-record__label">{field.label}</dt>
              <dd class="app-record__value">
                {field.value === null || field.value === undefined || field.value === '' ? <span class="app-secondary-text">Not given</span> : field.value}
              </dd>
            </div>
          )}
        </For>
      </dl>
    </section>
  );
}

/** Prints the page; print.scss leaves out the header, navigation, footer, buttons and back links. */
export function PrintButton() {
  return (
    <button type="button" class="govuk-button govuk-button--secondary" onClick={() => window.print()}>
      Print this record
    </button>
  );
}
