import { Show } from 'solid-js';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';
import { classNames, idList } from './attributes';

export interface FileUploadProps {
  id: string;
  /** Defaults to the id. */
  name?: string;
  label: string;
  labelIsPageHeading?: boolean;
  /** Shown above a page-heading label, inside it, e.g. what the file is for. */
  caption?: string;
  hint?: string;
  error?: string;
  /** e.g. ".pdf,.docx": narrows the file chooser; the server still checks the file itself. */
  accept?: string;
}

/** GOV.UK file upload: one file, chosen with the browser's own control (keyboard and screen reader friendly). */
export function FileUpload(props: FileUploadProps) {
  const hintId = () => `${props.id}-hint`;
  const errorId = () => `${props.id}-error`;
  const label = () => (
    <label class={classNames('govuk-label', props.labelIsPageHeading && 'govuk-label--l')} for={props.id}>
      <Show when={props.caption}>
        <span class="govuk-caption-l">{props.caption}</span>
      </Show>
      {props.label}
    </label>
  );
  return (
    <div class={classNames('govuk-form-group', props.error && 'govuk-form-group--error')}>
      {props.labelIsPageHeading ? <h1 class="govuk-label-wrapper">{label()}</h1> : label()}
      <Hint id={hintId()} text={props.hint} />
      <ErrorMessage id={errorId()} message={props.error} />
      <input
        class={classNames('govuk-file-upload', props.error && 'govuk-file-upload--error')}
        id={props.id}
        name={props.name ?? props.id}
        type="file"
        accept={props.accept}
        aria-describedby={idList(props.hint && hintId(), props.error && errorId())}
      />
    </div>
  );
}
