import { GraphQLError } from 'graphql';
import { badInput } from '../common/errors.js';
import { requireText } from '../organisations/identifiers.js';
import { addDays, addMonths, formatLongDate } from '../qa/evidence-dates.js';
import { optionalText } from '../qa/framework.rules.js';
import { PupilSex } from './pupil.entity.js';
import { normaliseUpn, upnProblem } from './upn.js';

/** A pupil record's fields, checked and normalised (what createPupil, updatePupil and the import save). */
export interface PupilFields {
  upn: string;
  legalSurname: string;
  legalForename: string;
  preferredSurname: string | null;
  preferredForename: string | null;
  dateOfBirth: string;
  sex: PupilSex;
  yearGroup: number;
  ehcPlan: boolean;
  senSupport: boolean;
  lookedAfter: boolean;
  behaviourRiskAssessment: boolean;
  socialWorkerName: string | null;
  socialWorkerContact: string | null;
  youthOffendingWorkerName: string | null;
  youthOffendingWorkerContact: string | null;
  medicalNeeds: string | null;
  emergencyContactName: string | null;
  emergencyContactPhone: string | null;
}

export type PupilField = keyof PupilFields;

/** Values as they arrive (from GraphQL input or a CSV row), not yet checked. */
export type PupilDraft = { [K in PupilField]?: unknown };

export interface FieldProblem {
  field: string;
  message: string;
}

const NAME_MAX = 100;
const CONTACT_MAX = 200;
const MEDICAL_MAX = 2000;
const MIN_AGE = 2;
const MAX_AGE = 19;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const optional = (field: PupilField, label: string, max: number) => (value: unknown) => optionalText(text(value), field, label, max) || null;
const flag = (value: unknown): boolean => value === true;

/** One rule per field: the normalised value, or BAD_USER_INPUT naming the field. */
const RULES: { [K in PupilField]: (value: unknown, today: string) => PupilFields[K] } = {
  upn: validUpn,
  legalSurname: (value) => requireText(text(value), 'legalSurname', 'the legal surname', NAME_MAX),
  legalForename: (value) => requireText(text(value), 'legalForename', 'the legal forename', NAME_MAX),
  preferredSurname: optional('preferredSurname', 'Preferred surname', NAME_MAX),
  preferredForename: optional('preferredForename', 'Preferred forename', NAME_MAX),
  dateOfBirth: validDateOfBirth,
  sex: validSex,
  yearGroup: validYearGroup,
  ehcPlan: flag,
  senSupport: flag,
  lookedAfter: flag,
  behaviourRiskAssessment: flag,
  socialWorkerName: optional('socialWorkerName', 'The social worker’s name', NAME_MAX),
  socialWorkerContact: optional('socialWorkerContact', 'The social worker’s contact', CONTACT_MAX),
  youthOffendingWorkerName: optional('youthOffendingWorkerName', 'The youth offending team worker’s name', NAME_MAX),
  youthOffendingWorkerContact: optional('youthOffendingWorkerContact', 'The youth offending team worker’s contact', CONTACT_MAX),
  medicalNeeds: optional('medicalNeeds', 'Medical needs', MEDICAL_MAX),
  emergencyContactName: optional('emergencyContactName', 'The emergency contact’s name', NAME_MAX),
  emergencyContactPhone: validPhone,
};

export const PUPIL_FIELDS = Object.keys(RULES) as PupilField[];

/** Every field of a whole record checked (createPupil, updatePupil), or BAD_USER_INPUT on the first problem. */
export function validPupil(draft: PupilDraft, today: string): PupilFields {
  const { values, problems } = checkPupil(draft, PUPIL_FIELDS, today);
  if (problems.length) throw badInput(problems[0].field, problems[0].message);
  return values as PupilFields;
}

/** The given fields checked with every rule, each problem collected (the import reports them all). */
export function checkPupil(draft: PupilDraft, fields: readonly PupilField[], today: string): { values: Partial<PupilFields>; problems: FieldProblem[] } {
  const values: Partial<Record<PupilField, unknown>> = {};
  const problems: FieldProblem[] = [];
  for (const field of fields) {
    try {
      values[field] = RULES[field](draft[field], today);
    } catch (error) {
      problems.push(problemOf(error));
    }
  }
  const checked = values as Partial<PupilFields>;
  for (const problem of pairProblems(checked)) {
    if (!problems.some((earlier) => earlier.field === problem.field)) problems.push(problem);
  }
  return { values: checked, problems };
}

function problemOf(error: unknown): FieldProblem {
  if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
    return { field: String(error.extensions.field), message: error.message };
  }
  throw error;
}

/** Fields that only make sense together. */
function pairProblems(values: Partial<PupilFields>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (values.socialWorkerContact && !values.socialWorkerName) {
    problems.push({ field: 'socialWorkerName', message: 'Enter the social worker’s name' });
  }
  if (values.youthOffendingWorkerContact && !values.youthOffendingWorkerName) {
    problems.push({ field: 'youthOffendingWorkerName', message: 'Enter the youth offending team worker’s name' });
  }
  if (values.emergencyContactPhone && !values.emergencyContactName) {
    problems.push({ field: 'emergencyContactName', message: 'Enter the emergency contact’s name' });
  }
  if (values.emergencyContactName && values.emergencyContactPhone === null) {
    problems.push({ field: 'emergencyContactPhone', message: 'Enter the emergency contact’s phone number' });
  }
  if (values.ehcPlan && values.senSupport) {
    problems.push({ field: 'senSupport', message: 'Select SEN support or an EHC plan, not both: a pupil with an EHC plan is not also on SEN support' });
  }
  return problems;
}

function validUpn(value: unknown): string {
  const upn = normaliseUpn(text(value));
  const problem = upnProblem(upn);
  if (problem) throw badInput('upn', problem);
  return upn;
}

/** A real YYYY-MM-DD date for a pupil aged 2 to 19 today. */
function validDateOfBirth(value: unknown, today: string): string {
  const date = text(value).trim();
  if (!date) throw badInput('dateOfBirth', 'Enter the date of birth');
  if (!isRealDate(date)) throw badInput('dateOfBirth', 'Date of birth must be a real date');
  const latest = addMonths(today, -12 * MIN_AGE);
  const earliest = addDays(addMonths(today, -12 * (MAX_AGE + 1)), 1);
  if (date > latest || date < earliest) {
    throw badInput(
      'dateOfBirth',
      `Date of birth must be between ${formatLongDate(earliest)} and ${formatLongDate(latest)}: a pupil aged ${MIN_AGE} to ${MAX_AGE}`,
    );
  }
  return date;
}

function isRealDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
}

function validSex(value: unknown): PupilSex {
  if (!Object.values<unknown>(PupilSex).includes(value)) throw badInput('sex', 'Sex must be F (female), M (male) or U (unknown)');
  return value as PupilSex;
}

function validYearGroup(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 13) {
    throw badInput('yearGroup', 'Year group must be Reception or a year from 1 to 13');
  }
  return value;
}

/** A UK phone number as typed (spaces tidied): 10 or 11 digits starting 0, or +44 and the number without its 0. */
function validPhone(value: unknown): string | null {
  const phone = text(value).trim().replace(/\s+/g, ' ');
  if (!phone) return null;
  const digits = phone.replace(/[\s()-]/g, '').replace(/^\+44/, '0');
  if (!/^0\d{9,10}$/.test(digits)) throw badInput('emergencyContactPhone', 'Enter a UK phone number for the emergency contact, like 07700 900 982');
  return phone;
}
