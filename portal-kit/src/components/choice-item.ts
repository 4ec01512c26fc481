export interface ChoiceItem {
  value: string;
  label: string;
  hint?: string;
}

/** GOV.UK convention: the first option's id is the field name, so error links land on it. */
export function choiceId(name: string, index: number): string {
  return index === 0 ? name : `${name}-${index + 1}`;
}
