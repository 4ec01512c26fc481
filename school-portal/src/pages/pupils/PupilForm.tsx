import {
  Button,
  Checkboxes,
  DateInput,
  dateErrorFor,
  datePartsOf,
  errorMessageFor,
  ErrorSummary,
  pupilSexes,
  pupilSexLabels,
  Radios,
  Select,
  Textarea,
  TextInput,
  ticked,
  yearGroupLabel,
  yearGroups,
  type FormErrors,
  type PupilFlag,
} from '@ap/portal-kit';
import type { JSX } from 'solid-js';
import { createSignal, Show } from 'solid-js';
import type { PupilInput } from '../../gql/graphql';
import { formFlags, formFlagsOf, readPupilForm, senProvisionOf, senProvisions } from './pupil-form';
import type { PupilRecord } from './pupils.data';

export interface PupilFormProps {
  /** The record being changed; left out when adding a pupil. */
  pupil?: PupilRecord;
  heading: string;
  submitText: string;
  busy: boolean;
  /** Problems the API found; the form's own checks are added to them. */
  errors: FormErrors;
  onErrors: (errors: FormErrors) => void;
  onSubmit: (input: PupilInput) => void;
}

/** The details a ticked checkbox reveals, indented under the choices in GOV.UK's conditional style. */
function Revealed(props: { when: boolean; legend: string; children: JSX.Element }) {
  return (
    <Show when={props.when}>
      <div class="govuk-checkboxes__conditional govuk-!-margin-bottom-6">
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{props.legend}</legend>
          {props.children}
        </fieldset>
      </div>
    </Show>
  );
}

/** A pupil's record as a GOV.UK form: identity, needs and flags, then contacts. */
export function PupilForm(props: PupilFormProps) {
  const [flags, setFlags] = createSignal<PupilFlag[]>(formFlagsOf(props.pupil));
  const shows = (flag: PupilFlag) => flags().includes(flag);
  const error = (field: string) => errorMessageFor(props.errors, field);

  function submit(form: HTMLFormElement) {
    const { input, errors } = readPupilForm(new FormData(form));
    props.onErrors(errors);
    if (input) props.onSubmit(input);
  }

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary errors={props.errors} />
        <h1 class="govuk-heading-l">{props.heading}</h1>
        <form
          novalidate
          onChange={(event) => setFlags(ticked(new FormData(event.currentTarget), 'flags') as PupilFlag[])}
          onSubmit={(event) => {
            event.preventDefault();
            if (!props.busy) submit(event.currentTarget);
          }}
        >
          <TextInput
            id="upn"
            label="UPN (unique pupil number)"
            hint="13 characters from your MIS, starting with a letter, for example B801200005001"
            width={20}
            spellcheck={false}
            autocomplete="off"
            value={props.pupil?.upn}
            error={error('upn')}
          />
          <TextInput id="legalForename" label="Legal forename" autocomplete="off" value={props.pupil?.legalForename} error={error('legalForename')} />
          <TextInput id="legalSurname" label="Legal surname" autocomplete="off" value={props.pupil?.legalSurname} error={error('legalSurname')} />
          <TextInput
            id="preferredForename"
            label="Preferred forename (optional)"
            hint="If the pupil is known by another name"
            autocomplete="off"
            value={props.pupil?.preferredForename ?? ''}
            error={error('preferredForename')}
          />
          <TextInput
            id="preferredSurname"
            label="Preferred surname (optional)"
            autocomplete="off"
            value={props.pupil?.preferredSurname ?? ''}
            error={error('preferredSurname')}
          />
          <DateInput
            id="dateOfBirth"
            legend="Date of birth"
            hint="For example, 27 3 2012"
            value={datePartsOf(props.pupil?.dateOfBirth)}
            error={dateErrorFor(props.errors, 'dateOfBirth').message}
            errorParts={dateErrorFor(props.errors, 'dateOfBirth').parts}
          />
          <Radios
            name="sex"
            legend="Sex"
            hint="As recorded in the school census"
            items={pupilSexes.map((code) => ({ value: code, label: pupilSexLabels[code] }))}
            checked={props.pupil?.sex}
            error={error('sex')}
          />
          <Select
            id="yearGroup"
            label="Year group"
            value={props.pupil?.yearGroup.toString() ?? ''}
            options={[{ value: '', text: 'Select a year group' }, ...yearGroups.map((year) => ({ value: String(year), text: yearGroupLabel(year) }))]}
            error={error('yearGroup')}
          />
          <Radios
            name="sen"
            legend="Special educational needs"
            items={senProvisions}
            checked={senProvisionOf(props.pupil) ?? 'NONE'}
            error={error('ehcPlan') ?? error('senSupport')}
          />
          <Checkboxes
            name="flags"
            legend="Care, risk and health"
            hint="Select all that apply"
            items={formFlags}
            checked={flags()}
          />
          <Revealed when={shows('hasSocialWorker')} legend="Social worker">
            <TextInput id="socialWorkerName" label="Name" value={props.pupil?.socialWorkerName ?? ''} error={error('socialWorkerName')} />
            <TextInput
              id="socialWorkerContact"
              label="Phone number or email address (optional)"
              hint="Absences are reported to the social worker"
              value={props.pupil?.socialWorkerContact ?? ''}
              error={error('socialWorkerContact')}
            />
          </Revealed>
          <Revealed when={shows('hasYouthOffendingWorker')} legend="Youth offending team worker">
            <TextInput id="youthOffendingWorkerName" label="Name" value={props.pupil?.youthOffendingWorkerName ?? ''} error={error('youthOffendingWorkerName')} />
            <TextInput
              id="youthOffendingWorkerContact"
              label="Phone number or email address (optional)"
              value={props.pupil?.youthOffendingWorkerContact ?? ''}
              error={error('youthOffendingWorkerContact')}
            />
          </Revealed>
          <Revealed when={shows('medicalNeeds')} legend="Medical needs">
            <Textarea
              id="medicalNeeds"
              label="What a provider must know"
              hint="Conditions, medication and what to do in an emergency"
              value={props.pupil?.medicalNeeds ?? ''}
              error={error('medicalNeeds')}
            />
          </Revealed>
          <h2 class="govuk-heading-m">Emergency contact</h2>
          <TextInput
            id="emergencyContactName"
            label="Name and relationship to the pupil"
            hint="For example, Grace Okafor (mother)"
            value={props.pupil?.emergencyContactName ?? ''}
            error={error('emergencyContactName')}
          />
          <TextInput
            id="emergencyContactPhone"
            type="tel"
            label="Phone number"
            hint="For example, 07700 900 982"
            width={20}
            autocomplete="off"
            value={props.pupil?.emergencyContactPhone ?? ''}
            error={error('emergencyContactPhone')}
          />
          <Button busy={props.busy}>{props.submitText}</Button>
        </form>
      </div>
    </div>
  );
}
