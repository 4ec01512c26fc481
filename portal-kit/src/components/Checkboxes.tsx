import { ChoiceGroup, type ChoiceGroupProps } from './ChoiceGroup';

export interface CheckboxesProps extends ChoiceGroupProps {
  /** Values ticked when the form first shows. */
  checked?: readonly string[];
}

export function Checkboxes(props: CheckboxesProps) {
  return <ChoiceGroup {...props} kind="checkboxes" isChecked={(value) => props.checked?.includes(value) ?? false} />;
}
