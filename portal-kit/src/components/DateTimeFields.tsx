import { dateErrorFor, datePartsOf } from '../forms/date-input';
import { errorMessageFor, type FormErrors } from '../forms/form-errors';
import { todayInEngland } from '../labels/dates';
import { DateInput } from './DateInput';
import { TextInput } from './TextInput';

export interface DateTimeFieldsProps {
  /** Field ids, which are also the API's input field names (errors are matched on them). */
  dateId: string;
  timeId: string;
  dateLegend: string;
  timeLabel: string;
  errors: FormErrors;
}

/** When something happened: a GOV.UK date input (today by default) and a 24-hour time. */
export function DateTimeFields(props: DateTimeFieldsProps) {
  return (
    <>
      <DateInput
        id={props.dateId}
        legend={props.dateLegend}
        hint="For example, 27 3 2026"
        value={datePartsOf(todayInEngland())}
        error={dateErrorFor(props.errors, props.dateId).message}
        errorParts={dateErrorFor(props.errors, props.dateId).parts}
      />
      <TextInput id={props.timeId} label={props.timeLabel} hint="24-hour clock, for example 13:45" width={5} error={errorMessageFor(props.errors, props.timeId)} />
    </>
  );
}
