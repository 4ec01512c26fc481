import { requireText } from '../organisations/identifiers.js';
import { badInput } from '../common/errors.js';
import { EvidenceTypeCode } from './evidence-catalogue.js';
import type { QaFrameworkDraftInput } from './framework.inputs.js';
import type { QaRatingScale } from './framework.entity.js';

const KNOWN_EVIDENCE_TYPES: ReadonlySet<string> = new Set(Object.values(EvidenceTypeCode));
const CODE = /^[A-Z0-9][A-Z0-9.\-_]{0,19}$/;
export const MAX_CRITERIA = 60;

export interface CriterionContent {
  code: string;
  title: string;
  guidance: string;
  evidenceTypes: string[];
}

export interface DraftContent {
  name: string;
  description: string;
  ratingScale: QaRatingScale;
  visitsPerYear: number | null;
  monthsBetweenVisits: number | null;
  criteria: CriterionContent[];
}

/** A draft's contents checked and normalised, or BAD_USER_INPUT on the first wrong field. */
export function validDraft(input: QaFrameworkDraftInput): DraftContent {
  return {
    name: requireText(input.name, 'name', 'the framework name'),
    description: optionalText(input.description, 'description', 'The description', 4000),
    ratingScale: input.ratingScale,
    ...validFrequency(input.visitsPerYear ?? null, input.monthsBetweenVisits ?? null),
    criteria: validCriteria(input.criteria ?? []),
  };
}

function validFrequency(visitsPerYear: number | null, monthsBetweenVisits: number | null) {
  if (visitsPerYear !== null && monthsBetweenVisits !== null) {
    throw badInput('visitsPerYear', 'Enter visits per year or months between visits, not both');
  }
  if (visitsPerYear === null && monthsBetweenVisits === null) {
    throw badInput('visitsPerYear', 'Enter how many QA visits a provider gets each year, or the months between visits');
  }
  if (visitsPerYear !== null && (visitsPerYear < 1 || visitsPerYear > 12)) {
    throw badInput('visitsPerYear', 'Visits per year must be between 1 and 12');
  }
  if (monthsBetweenVisits !== null && (monthsBetweenVisits < 1 || monthsBetweenVisits > 60)) {
    throw badInput('monthsBetweenVisits', 'Months between visits must be between 1 and 60');
  }
  return { visitsPerYear, monthsBetweenVisits };
}

function validCriteria(criteria: QaFrameworkDraftInput['criteria']): CriterionContent[] {
  if (criteria.length > MAX_CRITERIA) throw badInput('criteria', `A framework can have up to ${MAX_CRITERIA} criteria`);
  const seen = new Map<string, number>();
  return criteria.map((criterion, index) => {
    const field = `criteria[${index}]`;
    const code = criterion.code.trim().toUpperCase();
    if (!code) throw badInput(`${field}.code`, 'Enter a code for the criterion');
    if (!CODE.test(code)) throw badInput(`${field}.code`, 'Criterion code must be up to 20 letters, numbers, dots or dashes, like SG1');
    const earlier = seen.get(code);
    if (earlier !== undefined) {
      throw badInput(`${field}.code`, `Criterion code ${code} is already used by criterion ${earlier + 1}: codes must be unique within the version`);
    }
    seen.set(code, index);
    return {
      code,
      title: requireText(criterion.title, `${field}.title`, 'the criterion title'),
      guidance: optionalText(criterion.guidance, `${field}.guidance`, 'The guidance', 4000),
      evidenceTypes: validEvidenceTypes(criterion.evidenceTypes ?? [], `${field}.evidenceTypes`),
    };
  });
}

/** Evidence type codes of the provider evidence catalogue, normalised and without repeats. */
export function validEvidenceTypes(codes: string[], field: string): string[] {
  const normalised = [...new Set(codes.map((code) => code.trim().toUpperCase()))];
  const unknown = normalised.find((code) => !KNOWN_EVIDENCE_TYPES.has(code));
  if (unknown !== undefined) throw badInput(field, `${unknown || 'A blank code'} is not an evidence type in the catalogue`);
  return normalised;
}

export function optionalText(value: string | null | undefined, field: string, label: string, max: number): string {
  const text = (value ?? '').trim();
  if (text.length > max) throw badInput(field, `${label} must be ${max} characters or fewer`);
  return text;
}
