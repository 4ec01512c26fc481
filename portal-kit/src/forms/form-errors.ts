import type { ApiProblem } from '../graphql/errors';

/** An error as a GOV.UK form shows it: in the summary, and beside the field when it has one. */
export interface FormError {
  message: string;
  /** id of the input the summary links to and the inline message sits beside. */
  field?: string;
}

export type FormErrors = readonly FormError[];

/** Links server problems to this form's fields; problems with other or no fields go to the summary only. */
export function formErrorsFrom(problems: readonly ApiProblem[], formFields: readonly string[]): FormError[] {
  return uniqueErrors(
    problems.map((problem) =>
      problem.field !== undefined && formFields.includes(problem.field)
        ? { field: problem.field, message: problem.message }
        : { message: problem.message },
    ),
  );
}

export interface FieldCheck {
  field: string;
  failed: boolean;
  message: string;
}

/** Runs checks in order and keeps the first failure per field, as GOV.UK shows one error per field. */
export function failedChecks(checks: readonly FieldCheck[]): FormError[] {
  const errors: FormError[] = [];
  for (const check of checks) {
    if (check.failed && !errors.some((error) => error.field === check.field)) {
      errors.push({ field: check.field, message: check.message });
    }
  }
  return errors;
}

export function errorMessageFor(errors: FormErrors, field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message;
}

export function isBlank(value: string): boolean {
  return value.trim() === '';
}

/** Deliberately loose: the server is the judge; this only catches obvious slips before a round trip. */
export function looksLikeEmailAddress(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

function uniqueErrors(errors: readonly FormError[]): FormError[] {
  return errors.filter(
    (error, index) =>
      errors.findIndex((other) => other.field === error.field && other.message === error.message) === index,
  );
}

/**
 * Problems for one item of a list the server validated as a whole, e.g. criterion 3 of a draft
 * ("criteria[2].code" becomes "code"); other problems are kept as they are, for the summary.
 */
export function problemsWithin(problems: readonly ApiProblem[], prefix: string): ApiProblem[] {
  return problems.map((problem) =>
    problem.field?.startsWith(`${prefix}.`) ? { ...problem, field: problem.field.slice(prefix.length + 1) } : problem,
  );
}
