import { useNavigate } from '@solidjs/router';
import {
  Button,
  Checkboxes,
  DateInput,
  dateErrorFor,
  dateFormError,
  datePartsFrom,
  datePartsOf,
  errorMessageFor,
  parseDateParts,
  todayInEngland,
  fetchQuery,
  formErrorsFrom,
  noticeState,
  runMutation,
  TextInput,
  textField,
  ticked,
  usePageTitle,
  type FormError,
  type FormErrors,
  type PlacementRecord,
} from '@ap/portal-kit';
import { useClient } from '@urql/solid';
import { createResource, createSignal, Show } from 'solid-js';
import { PlacementFormFrame } from './placement-frame';
import { referralInputOf, usePlacement } from './placement';
import { PlacementReasonsDocument, UpdateReferralDocument } from './placements.data';
import { BackgroundFields, backgroundFields, backgroundInput, ReasonAndBasisFields, reasonAndBasisFields, readBackground, readReasonAndBasis } from './referral/referral-fields';

const arrangementFields = ['homeSchoolHoursPerWeek', 'arrangements', 'sendCaseworkerNotifiedOn'] as const;

/** When the SEND caseworker was told of the placement (a pupil with an EHC plan): optional, not in the future. */
function readCaseworkerNotified(data: FormData): { date: string | null; error?: FormError } {
  const result = parseDateParts(datePartsFrom(data, 'sendCaseworkerNotifiedOn'), 'date the SEND caseworker was told');
  if (result.kind === 'invalid') return { date: null, error: dateFormError('sendCaseworkerNotifiedOn', result) };
  if (result.kind === 'date' && result.value > todayInEngland()) {
    return { date: null, error: { field: 'sendCaseworkerNotifiedOn', message: 'The date the SEND caseworker was told must be today or in the past' } };
  }
  return { date: result.kind === 'date' ? result.value : null };
}

/** Hours a week still taught at the home school: a number of hours, halves and quarters allowed. */
function readHomeSchoolHours(data: FormData): { hours?: number; error?: FormError } {
  const text = textField(data, 'homeSchoolHoursPerWeek').trim();
  if (text === '') return { hours: 0 };
  const hours = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || hours > 40) {
    return { error: { field: 'homeSchoolHoursPerWeek', message: 'Hours at the home school must be a number from 0 to 40, like 12.5' } };
  }
  return { hours };
}

/** Changes the referral's reason, legal basis, background and other arrangements, until anyone signs. */
export function ChangeReferralPage() {
  const client = useClient();
  const navigate = useNavigate();
  const context = usePlacement();
  const [reasons] = createResource(() => fetchQuery(client, PlacementReasonsDocument, {}));
  const [errors, setErrors] = createSignal<FormErrors>([]);
  const [busy, setBusy] = createSignal(false);
  usePageTitle(() => 'Referral details', () => errors().length > 0);

  async function save(form: HTMLFormElement, placement: PlacementRecord) {
    const data = new FormData(form);
    const reasonAndBasis = readReasonAndBasis(data);
    const homeSchool = readHomeSchoolHours(data);
    const caseworker = readCaseworkerNotified(data);
    const invalid = [...reasonAndBasis.errors, ...(homeSchool.error ? [homeSchool.error] : []), ...(caseworker.error ? [caseworker.error] : [])];
    setErrors(invalid);
    if (!reasonAndBasis.values || invalid.length > 0) return;
    const arrangements = ticked(data, 'arrangements');
    setBusy(true);
    const outcome = await runMutation(client, UpdateReferralDocument, {
      input: {
        ...referralInputOf(placement),
        ...reasonAndBasis.values,
        ...backgroundInput(readBackground(data)),
        homeSchoolHoursPerWeek: homeSchool.hours ?? 0,
        dualRegistered: arrangements.includes('dualRegistered'),
        fullTimeMedicallyInappropriate: arrangements.includes('fullTimeMedicallyInappropriate'),
        sendCaseworkerNotifiedOn: caseworker.date,
      },
    });
    setBusy(false);
    if (outcome.ok) navigate(context.path(), { state: noticeState('Referral details saved') });
    else setErrors(formErrorsFrom(outcome.problems, [...reasonAndBasisFields, ...backgroundFields, ...arrangementFields]));
  }

  return (
    <PlacementFormFrame
      context={context}
      errors={errors()}
      allowed={context.canChangeReferral()}
      refusal="The referral cannot change once anyone has signed the agreement."
    >
      {(placement) => (
        <>
          <h1 class="govuk-heading-l">Referral details</h1>
          <Show when={reasons()}>
            {(loaded) => (
              <form
                novalidate
                onSubmit={(event) => {
                  event.preventDefault();
                  if (!busy()) void save(event.currentTarget, placement);
                }}
              >
                <ReasonAndBasisFields
                  reasons={loaded().placementReasons}
                  value={{ reasonId: placement.reason.id, legalBasis: placement.legalBasis, parentNoticeGivenOn: placement.parentNoticeGivenOn }}
                  errors={errors()}
                />
                <BackgroundFields
                  value={{
                    graduatedResponse: placement.graduatedResponse ?? '',
                    parentInvolvement: placement.parentInvolvement ?? '',
                    pupilViews: placement.pupilViews ?? '',
                  }}
                  errors={errors()}
                />
                <h2 class="govuk-heading-m">Education alongside the placement</h2>
                <TextInput
                  id="homeSchoolHoursPerWeek"
                  label="Hours a week still taught at the home school"
                  hint="Counted with the provider’s hours to see if the pupil gets full-time education in total. Enter 0 if none."
                  inputmode="text"
                  width={4}
                  value={String(placement.homeSchoolHoursPerWeek)}
                  error={errorMessageFor(errors(), 'homeSchoolHoursPerWeek')}
                />
                <Checkboxes
                  name="arrangements"
                  legend="Other arrangements"
                  legendSize="s"
                  hint="Select all that apply."
                  items={[
                    { value: 'dualRegistered', label: 'The pupil is dual-registered at the provider', hint: 'Your register marks them D while they attend it.' },
                    {
                      value: 'fullTimeMedicallyInappropriate',
                      label: 'Full-time education is medically inappropriate for the pupil',
                      hint: 'Some school policies allow less than full-time education in total only for this reason.',
                    },
                  ]}
                  checked={[
                    ...(placement.dualRegistered ? ['dualRegistered'] : []),
                    ...(placement.fullTimeMedicallyInappropriate ? ['fullTimeMedicallyInappropriate'] : []),
                  ]}
                  error={errorMessageFor(errors(), 'arrangements')}
                />
                <DateInput
                  id="sendCaseworkerNotifiedOn"
                  legend="Date the SEND caseworker was told (pupils with an EHC plan)"
                  hint="The LA's SEND caseworker should be told before the placement is arranged. Leave blank if the pupil has no EHC plan."
                  value={datePartsOf(placement.sendCaseworkerNotifiedOn)}
                  error={dateErrorFor(errors(), 'sendCaseworkerNotifiedOn').message}
                  errorParts={dateErrorFor(errors(), 'sendCaseworkerNotifiedOn').parts}
                />
                <Button busy={busy()}>Save referral details</Button>
              </form>
            )}
          </Show>
        </>
      )}
    </PlacementFormFrame>
  );
}
