import { useClient } from '@urql/solid';
import { createSignal, Show } from 'solid-js';
import { Button } from '../components/Button';
import { Checkboxes } from '../components/Checkboxes';
import { DateInput } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextInput } from '../components/TextInput';
import { dateErrorFor, dateFormError, datePartsFrom, datePartsOf, requireDate } from '../forms/date-input';
import { textField, ticked } from '../forms/form-data';
import { errorMessageFor, formErrorsFrom, type FormError, type FormErrors } from '../forms/form-errors';
import type { AgreementParty, SignatureMethod } from '../gql/graphql';
import { runMutation } from '../graphql/requests';
import { todayInEngland } from '../labels/dates';
import { SignAgreementDocument } from './placement.data';

export interface SignatureFormProps {
  agreementId: string;
  party: AgreementParty;
  method: SignatureMethod;
  /** The form's heading, e.g. "Sign for Northfield Academy". */
  heading: string;
  /** Ids of this form's fields start with it, so two forms can share a page. */
  idPrefix: string;
  /** The signed-in user's name, when they sign for themselves. */
  defaultName?: string;
  /** The statement an in-portal signer agrees to. */
  declaration?: string;
  submitText: string;
  onSigned: () => void;
}

const fields = ['signerName', 'signerRole', 'signedOn', 'declaration'] as const;

/**
 * Records one party's signature on the agreement: signing here for one's own organisation (with a
 * declaration, dated today), or a school recording the parent's or carer's paper signature.
 */
export function SignatureForm(props: SignatureFormProps) {
  const client = useClient();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  const id = (field: (typeof fields)[number]) => `${props.idPrefix}-${field}`;
  const error = (field: (typeof fields)[number]) => errorMessageFor(errors(), id(field));
  const onPaper = () => props.method === 'ON_PAPER';

  async function sign(form: HTMLFormElement) {
    const data = new FormData(form);
    const signerName = textField(data, id('signerName')).trim();
    const signerRole = textField(data, id('signerRole')).trim();
    const signedOn = onPaper() ? requireDate(datePartsFrom(data, id('signedOn')), 'date it was signed') : ({ kind: 'date', value: todayInEngland() } as const);
    const invalid: FormError[] = [];
    if (!signerName) invalid.push({ field: id('signerName'), message: onPaper() ? 'Enter the name of the parent or carer who signed' : 'Enter your name' });
    if (signedOn.kind === 'invalid') invalid.push(dateFormError(id('signedOn'), signedOn));
    else if (signedOn.kind === 'date' && signedOn.value > todayInEngland()) {
      invalid.push({ field: id('signedOn'), message: 'The date it was signed must be today or in the past' });
    }
    if (props.declaration && !ticked(data, id('declaration')).includes('yes')) {
      invalid.push({ field: id('declaration'), message: 'Confirm that you agree to the agreement' });
    }
    setErrors(invalid);
    if (invalid.length > 0 || signedOn.kind !== 'date') return;
    setBusy(true);
    const outcome = await runMutation(client, SignAgreementDocument, {
      input: {
        agreementId: props.agreementId,
        party: props.party,
        method: props.method,
        signerName,
        signerRole: signerRole || null,
        signedOn: signedOn.value,
      },
    });
    setBusy(false);
    if (outcome.ok) props.onSigned();
    else setErrors(formErrorsFrom(outcome.problems.map((problem) => ({ ...problem, field: problem.field && `${props.idPrefix}-${problem.field}` })), fields.map(id)));
  }

  return (
    <form
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy()) void sign(event.currentTarget);
      }}
    >
      <ErrorSummary errors={errors()} />
      <h2 class="govuk-heading-m">{props.heading}</h2>
      <TextInput
        id={id('signerName')}
        label={onPaper() ? 'Name of the parent or carer' : 'Your name'}
        autocomplete={onPaper() ? 'off' : 'name'}
        spellcheck={false}
        value={props.defaultName ?? ''}
        error={error('signerName')}
      />
      <TextInput
        id={id('signerRole')}
        label={onPaper() ? 'Relationship to the pupil (optional)' : 'Your role (optional)'}
        hint={onPaper() ? 'For example, mother, father or foster carer' : 'For example, headteacher or AP lead'}
        error={error('signerRole')}
      />
      <Show when={onPaper()}>
        <DateInput
          id={id('signedOn')}
          legend="Date they signed the paper agreement"
          hint={`For example, ${datePartsOf(todayInEngland()).day} ${datePartsOf(todayInEngland()).month} ${datePartsOf(todayInEngland()).year}`}
          error={dateErrorFor(errors(), id('signedOn')).message}
          errorParts={dateErrorFor(errors(), id('signedOn')).parts}
        />
      </Show>
      <Show when={props.declaration}>
        {(declaration) => (
          <Checkboxes
            name={id('declaration')}
            legend="Declaration"
            legendSize="s"
            items={[{ value: 'yes', label: declaration() }]}
            error={error('declaration')}
          />
        )}
      </Show>
      <Button busy={busy()}>{props.submitText}</Button>
    </form>
  );
}
