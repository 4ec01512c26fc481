import { Navigate, useNavigate, useParams } from '@solidjs/router';
import {
  BackLink,
  Button,
  Checkboxes,
  DateInput,
  dateErrorFor,
  dateFormError,
  datePartsFrom,
  datePartsOf,
  errorMessageFor,
  ErrorSummary,
  fetchProviderOverview,
  focusHints,
  focusLabels,
  formErrorsFrom,
  isRegistered,
  keyStageLabels,
  keyStages,
  linesOf,
  looksLikeEmailAddress,
  noticeState,
  ofstedGradeLabels,
  ofstedGrades,
  parseDateParts,
  parseWholeNumber,
  permissions,
  profileSections,
  provisionFocuses,
  Radios,
  RequirePermission,
  runMutation,
  Textarea,
  TextInput,
  textField,
  ticked,
  usePageTitle,
  type FormError,
  type FormErrors,
  type ProfileSection,
  type ProviderOverview,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import type { JSX } from 'solid-js';
import { createResource, createSignal, Match, Show, Switch } from 'solid-js';
import type { KeyStage, OfstedGrade, ProviderProfileInput, ProvisionFocus } from '../../gql/graphql';
import { UpdateProviderProfileDocument } from './profile.data';
import { useProviderId } from './qa-section';

interface SectionForm {
  /** Ids of the inputs, for linking server errors to them. */
  fields: readonly string[];
  /** The changes to send (only this section's fields), or the errors to show first. */
  read(form: FormData, provider: ProviderOverview): { errors: FormError[]; input: ProviderProfileInput };
}

function isSection(value: string): value is ProfileSection {
  return value in profileSections;
}

function optionalText(form: FormData, field: string): string | null {
  return textField(form, field).trim() || null;
}

function checkEmail(errors: FormError[], field: string, value: string | null, whose: string) {
  if (value && !looksLikeEmailAddress(value)) {
    errors.push({ field, message: `Enter ${whose} email address in the correct format, like name@example.com` });
  }
}

function readCount(errors: FormError[], form: FormData, field: string, label: string): number | null {
  const parsed = parseWholeNumber(textField(form, field));
  if (parsed.kind === 'invalid') errors.push({ field, message: `${label} must be a whole number, like 12` });
  return parsed.kind === 'number' ? parsed.value : null;
}

function readOptionalDate(errors: FormError[], form: FormData, field: string, label: string): string | null {
  const parsed = parseDateParts(datePartsFrom(form, field), label);
  if (parsed.kind === 'invalid') errors.push(dateFormError(field, parsed));
  return parsed.kind === 'date' ? parsed.value : null;
}

const sectionForms: Record<ProfileSection, SectionForm> = {
  registration: {
    fields: ['legalName', 'ofstedGrade', 'ofstedInspectionDate'],
    read(form, provider) {
      const errors: FormError[] = [];
      const input: ProviderProfileInput = { legalName: optionalText(form, 'legalName') };
      if (isRegistered(provider)) {
        const grade = textField(form, 'ofstedGrade');
        input.ofstedGrade = (ofstedGrades as string[]).includes(grade) ? (grade as OfstedGrade) : null;
        input.ofstedInspectionDate = readOptionalDate(errors, form, 'ofstedInspectionDate', 'date of the last inspection');
        if (input.ofstedGrade && input.ofstedGrade !== 'NOT_YET_INSPECTED' && !input.ofstedInspectionDate && errors.length === 0) {
          errors.push({ field: 'ofstedInspectionDate', message: 'Enter the date of the last Ofsted inspection' });
        }
      }
      return { errors, input };
    },
  },
  offer: {
    fields: ['keyStages', 'focus', 'subjects', 'qualifications'],
    read(form) {
      const chosenStages = ticked(form, 'keyStages');
      const chosenFocus = ticked(form, 'focus');
      return {
        errors: [],
        input: {
          keyStages: keyStages.filter((stage): stage is KeyStage => chosenStages.includes(stage)),
          focus: provisionFocuses.filter((focus): focus is ProvisionFocus => chosenFocus.includes(focus)),
          subjects: linesOf(textField(form, 'subjects')),
          qualifications: linesOf(textField(form, 'qualifications')),
        },
      };
    },
  },
  places: {
    fields: ['places', 'placesAvailable'],
    read(form) {
      const errors: FormError[] = [];
      const places = readCount(errors, form, 'places', 'Number of places');
      const placesAvailable = readCount(errors, form, 'placesAvailable', 'Places available');
      if (places !== null && placesAvailable !== null && placesAvailable > places) {
        errors.push({ field: 'placesAvailable', message: `Places available must be no more than the number of places (${places})` });
      }
      if (places === null && placesAvailable !== null && errors.length === 0) {
        errors.push({ field: 'places', message: 'Enter the number of places' });
      }
      return { errors, input: { places, placesAvailable } };
    },
  },
  contact: {
    fields: ['contactName', 'contactEmail', 'contactPhone'],
    read(form) {
      const errors: FormError[] = [];
      const input = {
        contactName: optionalText(form, 'contactName'),
        contactEmail: optionalText(form, 'contactEmail'),
        contactPhone: optionalText(form, 'contactPhone'),
      };
      checkEmail(errors, 'contactEmail', input.contactEmail, 'the main contact’s');
      return { errors, input };
    },
  },
  dsl: {
    fields: ['dslName', 'dslEmail', 'dslPhone', 'dslTrainingDate'],
    read(form) {
      const errors: FormError[] = [];
      const input = {
        dslName: optionalText(form, 'dslName'),
        dslEmail: optionalText(form, 'dslEmail'),
        dslPhone: optionalText(form, 'dslPhone'),
        dslTrainingDate: null as string | null,
      };
      checkEmail(errors, 'dslEmail', input.dslEmail, 'the DSL’s');
      input.dslTrainingDate = readOptionalDate(errors, form, 'dslTrainingDate', 'date of the last DSL training');
      return { errors, input };
    },
  },
};

function SectionFields(props: { section: ProfileSection; provider: ProviderOverview; errors: FormErrors }): JSX.Element {
  const profile = () => props.provider.profile;
  const error = (field: string) => errorMessageFor(props.errors, field);
  return (
    <Switch>
      <Match when={props.section === 'registration'}>
        <TextInput
          id="legalName"
          label="Legal name (optional)"
          hint="The organisation that runs the provision, if it is not the name people know you by."
          value={profile().legalName ?? ''}
          error={error('legalName')}
        />
        <Show
          when={isRegistered(props.provider)}
          fallback={<p class="govuk-body">Unregistered providers are not inspected by Ofsted, so there is no grade to give.</p>}
        >
          <Radios
            name="ofstedGrade"
            legend="Ofsted grade at the last inspection"
            items={ofstedGrades.map((grade) => ({ value: grade, label: ofstedGradeLabels[grade] }))}
            checked={profile().ofstedGrade ?? undefined}
            error={error('ofstedGrade')}
          />
          <DateInput
            id="ofstedInspectionDate"
            legend="Date of the last inspection"
            hint="For example, 14 3 2024. Leave this blank if you have not been inspected yet."
            value={datePartsOf(profile().ofstedInspectionDate)}
            error={dateErrorFor(props.errors, 'ofstedInspectionDate').message}
            errorParts={dateErrorFor(props.errors, 'ofstedInspectionDate').parts}
          />
        </Show>
      </Match>
      <Match when={props.section === 'offer'}>
        <Checkboxes
          name="keyStages"
          legend="Key stages you teach"
          hint="Select all that apply."
          items={keyStages.map((stage) => ({ value: stage, label: keyStageLabels[stage] }))}
          checked={profile().keyStages}
          error={error('keyStages')}
        />
        <Checkboxes
          name="focus"
          legend="What your provision concentrates on"
          hint="Select all that apply."
          items={provisionFocuses.map((focus) => ({ value: focus, label: focusLabels[focus], hint: focusHints[focus] }))}
          checked={profile().focus}
          error={error('focus')}
        />
        <Textarea
          id="subjects"
          label="Subjects"
          hint="Put each subject on a new line."
          value={profile().subjects.join('\n')}
          error={error('subjects')}
        />
        <Textarea
          id="qualifications"
          label="Qualifications and accreditation"
          hint="Put each on a new line, for example Functional Skills English Level 1."
          value={profile().qualifications.join('\n')}
          error={error('qualifications')}
        />
      </Match>
      <Match when={props.section === 'places'}>
        <TextInput id="places" label="Places in all" hint="How many pupils you can take at once." inputmode="numeric" width={4} value={profile().places?.toString() ?? ''} error={error('places')} />
        <TextInput
          id="placesAvailable"
          label="Places available now"
          hint="Schools see this when they look for a provider."
          inputmode="numeric"
          width={4}
          value={profile().placesAvailable?.toString() ?? ''}
          error={error('placesAvailable')}
        />
      </Match>
      <Match when={props.section === 'contact'}>
        <TextInput id="contactName" label="Name" autocomplete="name" value={profile().contactName ?? ''} error={error('contactName')} />
        <TextInput id="contactEmail" label="Email address" type="email" spellcheck={false} autocomplete="email" value={profile().contactEmail ?? ''} error={error('contactEmail')} />
        <TextInput id="contactPhone" label="Telephone" type="tel" autocomplete="tel" hint="For example, 01632 960 001" width={20} value={profile().contactPhone ?? ''} error={error('contactPhone')} />
      </Match>
      <Match when={props.section === 'dsl'}>
        <TextInput id="dslName" label="Name" value={profile().dslName ?? ''} error={error('dslName')} />
        <TextInput id="dslEmail" label="Email address" type="email" spellcheck={false} value={profile().dslEmail ?? ''} error={error('dslEmail')} />
        <TextInput id="dslPhone" label="Telephone" type="tel" hint="For example, 01632 960 001" width={20} value={profile().dslPhone ?? ''} error={error('dslPhone')} />
        <DateInput
          id="dslTrainingDate"
          legend="When did they last complete DSL training?"
          hint="For example, 27 3 2025. DSLs usually refresh their training every 2 years."
          value={datePartsOf(profile().dslTrainingDate)}
          error={dateErrorFor(props.errors, 'dslTrainingDate').message}
          errorParts={dateErrorFor(props.errors, 'dslTrainingDate').parts}
        />
      </Match>
    </Switch>
  );
}

/** Changes one section of the provider's profile; only that section's fields are sent, the rest stay as they are. */
export function ChangeProfilePage() {
  const client = useClient();
  const navigate = useNavigate();
  const params = useParams<{ section: string }>();
  const providerId = useProviderId();
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  const section = () => (isSection(params.section) ? params.section : undefined);
  const [provider] = createResource(providerId, (id) => fetchProviderOverview(client, id));
  usePageTitle(() => (section() ? profileSections[section()!].title : 'Page not found'), () => errors().length > 0);

  async function save(form: HTMLFormElement, current: ProfileSection, loaded: ProviderOverview) {
    const { errors: invalid, input } = sectionForms[current].read(new FormData(form), loaded);
    setErrors(invalid);
    if (invalid.length > 0) return;
    setBusy(true);
    const outcome = await runMutation(client, UpdateProviderProfileDocument, { input });
    setBusy(false);
    if (outcome.ok) navigate('/qa', { state: noticeState(`${profileSections[current].title} updated`) });
    else setErrors(formErrorsFrom(outcome.problems, sectionForms[current].fields));
  }

  return (
    <RequirePermission permission={permissions.editQaRecord}>
      <Show when={section()} fallback={<Navigate href="/qa" />}>
        {(current) => (
          <>
            <BackLink href="/qa" />
            <Show when={provider()}>
              {(loaded) => (
                <div class="govuk-grid-row">
                  <div class="govuk-grid-column-two-thirds">
                    <ErrorSummary errors={errors()} />
                    <span class="govuk-caption-l">QA record</span>
                    <h1 class="govuk-heading-l">{profileSections[current()].title}</h1>
                    <form
                      novalidate
                      onSubmit={(event) => {
                        event.preventDefault();
                        if (!busy()) void save(event.currentTarget, current(), loaded());
                      }}
                    >
                      <SectionFields section={current()} provider={loaded()} errors={errors()} />
                      <Button busy={busy()}>Save changes</Button>
                    </form>
                  </div>
                </div>
              )}
            </Show>
          </>
        )}
      </Show>
    </RequirePermission>
  );
}
