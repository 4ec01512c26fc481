import { For } from 'solid-js';
import { datePartId, type DatePart, type DateParts } from '../forms/date-input';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';
import { classNames, idList } from './attributes';

export interface DateInputProps {
  /** The day box has this id (errors link to it); month and year add "-month" and "-year". */
  id: string;
  legend: string;
  legendIsPageHeading?: boolean;
  hint?: string;
  error?: string;
  /** Boxes to highlight; all three when there is an error and this is left out. */
  errorParts?: readonly DatePart[];
  value?: DateParts;
}

const parts: { part: DatePart; label: string; width: 2 | 4 }[] = [
  { part: 'day', label: 'Day', width: 2 },
  { part: 'month', label: 'Month', width: 2 },
  { part: 'year', label: 'Year', width: 4 },
];

/** GOV.UK date input: three boxes in a fieldset, for dates people know or can read off a document. */
export function DateInput(props: DateInputProps) {
  const hintId = () => `${props.id}-hint`;
  const errorId = () => `${props.id}-error`;
  const highlighted = (part: DatePart) => Boolean(props.error) && (props.errorParts?.includes(part) ?? true);
  return (
    <div class={classNames('govuk-form-group', props.error && 'govuk-form-group--error')}>
      <fieldset class="govuk-fieldset" role="group" aria-describedby={idList(props.hint && hintId(), props.error && errorId())}>
        <legend
          class={classNames(
            'govuk-fieldset__legend',
            props.legendIsPageHeading && 'govuk-fieldset__legend--l',
          )}
        >
          {props.legendIsPageHeading ? <h1 class="govuk-fieldset__heading">{props.legend}</h1> : props.legend}
        </legend>
        <Hint id={hintId()} text={props.hint} />
        <ErrorMessage id={errorId()} message={props.error} />
        <div class="govuk-date-input">
          <For each={parts}>
            {(item) => (
              <div class="govuk-date-input__item">
                <div class="govuk-form-group">
                  <label class="govuk-label govuk-date-input__label" for={datePartId(props.id, item.part)}>
                    {item.label}
                  </label>
                  <input
                    class={classNames(
                      'govuk-input govuk-date-input__input',
                      `govuk-input--width-${item.width}`,
                      highlighted(item.part) && 'govuk-input--error',
                    )}
                    id={datePartId(props.id, item.part)}
                    name={datePartId(props.id, item.part)}
                    type="text"
                    inputmode="numeric"
                    value={props.value?.[item.part] ?? ''}
                  />
                </div>
              </div>
            )}
          </For>
        </div>
      </fieldset>
    </div>
  );
}
