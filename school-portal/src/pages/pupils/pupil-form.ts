import {
  dateFormError,
  datePartsFrom,
  failedChecks,
  flagsOf,
  isBlank,
  pupilSexes,
  requireDate,
  textField,
  ticked,
  type FormError,
  type PupilFlag,
} from '@ap/portal-kit';
import type { PupilInput, PupilSex } from '../../gql/graphql';
import type { PupilRecord } from './pupils.data';

/** The census SEN provision, one of three: a pupil with an EHC plan is not also on SEN support. */
export type SenProvision = 'NONE' | 'SEN_SUPPORT' | 'EHC_PLAN';

export const senProvisions: { value: SenProvision; label: string }[] = [
  { value: 'NONE', label: 'No special educational needs provision' },
  { value: 'SEN_SUPPORT', label: 'SEN support' },
  { value: 'EHC_PLAN', label: 'Education, health and care (EHC) plan' },
];

/** The flags ticked as checkboxes; the last three reveal the details they need. */
export const formFlags: { value: PupilFlag; label: string }[] = [
  { value: 'lookedAfter', label: 'Looked after by a local authority' },
  { value: 'behaviourRiskAssessment', label: 'Has a behaviour risk assessment' },
  { value: 'hasSocialWorker', label: 'Has an allocated social worker' },
  { value: 'hasYouthOffendingWorker', label: 'Has a youth offending team worker' },
  { value: 'medicalNeeds', label: 'Has medical needs a provider must know about' },
];

/** The form's fields that the API names in its errors, so its messages link to them. */
export const pupilFormFields = [
  'upn',
  'legalSurname',
  'legalForename',
  'preferredSurname',
  'preferredForename',
  'dateOfBirth',
  'sex',
  'yearGroup',
  'socialWorkerName',
  'socialWorkerContact',
  'youthOffendingWorkerName',
  'youthOffendingWorkerContact',
  'medicalNeeds',
  'emergencyContactName',
  'emergencyContactPhone',
];

export function senProvisionOf(pupil: PupilRecord | undefined): SenProvision | undefined {
  if (!pupil) return undefined;
  return pupil.ehcPlan ? 'EHC_PLAN' : pupil.senSupport ? 'SEN_SUPPORT' : 'NONE';
}

/** The checkbox flags a pupil has, to tick when the form first shows. */
export function formFlagsOf(pupil: PupilRecord | undefined): PupilFlag[] {
  const ticks = pupil ? flagsOf(pupil) : [];
  return formFlags.map((flag) => flag.value).filter((flag) => ticks.includes(flag));
}

/** Reads and checks the pupil form; the API repeats every check and more (UPN check letter, age). */
export function readPupilForm(form: FormData): { input: PupilInput | null; errors: FormError[] } {
  const text = (name: string) => textField(form, name).trim();
  const optional = (name: string) => text(name) || null;
  const flags = ticked(form, 'flags');
  const has = (flag: PupilFlag) => flags.includes(flag);
  const sex = pupilSexes.find((code) => code === text('sex'));
  const dateOfBirth = requireDate(datePartsFrom(form, 'dateOfBirth'), 'date of birth');
  const errors = failedChecks([
    { field: 'upn', failed: isBlank(text('upn')), message: 'Enter the UPN' },
    { field: 'legalForename', failed: isBlank(text('legalForename')), message: 'Enter the legal forename' },
    { field: 'legalSurname', failed: isBlank(text('legalSurname')), message: 'Enter the legal surname' },
    ...(dateOfBirth.kind === 'invalid' ? [{ ...dateFormError('dateOfBirth', dateOfBirth), failed: true }] : []),
    { field: 'sex', failed: !sex, message: 'Select the pupil’s sex' },
    { field: 'yearGroup', failed: text('yearGroup') === '', message: 'Select the year group' },
    { field: 'socialWorkerName', failed: has('hasSocialWorker') && isBlank(text('socialWorkerName')), message: 'Enter the social worker’s name' },
    {
      field: 'youthOffendingWorkerName',
      failed: has('hasYouthOffendingWorker') && isBlank(text('youthOffendingWorkerName')),
      message: 'Enter the youth offending team worker’s name',
    },
    { field: 'medicalNeeds', failed: has('medicalNeeds') && isBlank(text('medicalNeeds')), message: 'Enter the pupil’s medical needs' },
    {
      field: 'emergencyContactName',
      failed: isBlank(text('emergencyContactName')) && !isBlank(text('emergencyContactPhone')),
      message: 'Enter the emergency contact’s name',
    },
    {
      field: 'emergencyContactPhone',
      failed: !isBlank(text('emergencyContactName')) && isBlank(text('emergencyContactPhone')),
      message: 'Enter the emergency contact’s phone number',
    },
  ]);
  if (errors.length > 0 || dateOfBirth.kind !== 'date' || !sex) return { input: null, errors };
  const sen = text('sen') as SenProvision;
  return {
    errors,
    input: {
      upn: text('upn'),
      legalSurname: text('legalSurname'),
      legalForename: text('legalForename'),
      preferredSurname: optional('preferredSurname'),
      preferredForename: optional('preferredForename'),
      dateOfBirth: dateOfBirth.value,
      sex: sex as PupilSex,
      yearGroup: Number(text('yearGroup')),
      ehcPlan: sen === 'EHC_PLAN',
      senSupport: sen === 'SEN_SUPPORT',
      lookedAfter: has('lookedAfter'),
      behaviourRiskAssessment: has('behaviourRiskAssessment'),
      socialWorkerName: has('hasSocialWorker') ? optional('socialWorkerName') : null,
      socialWorkerContact: has('hasSocialWorker') ? optional('socialWorkerContact') : null,
      youthOffendingWorkerName: has('hasYouthOffendingWorker') ? optional('youthOffendingWorkerName') : null,
      youthOffendingWorkerContact: has('hasYouthOffendingWorker') ? optional('youthOffendingWorkerContact') : null,
      medicalNeeds: has('medicalNeeds') ? optional('medicalNeeds') : null,
      emergencyContactName: optional('emergencyContactName'),
      emergencyContactPhone: optional('emergencyContactPhone'),
    },
  };
}
