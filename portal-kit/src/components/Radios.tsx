import { ChoiceGroup, type ChoiceGroupProps } from './ChoiceGroup';

export interface RadiosProps extends ChoiceGroupProps {
  /** Value selected when the form first shows. */
  checked?: string;
}

export function Radios(props: RadiosProps) {
  return <ChoiceGroup {...props} kind="radios" isChecked={(value) => props.checked === value} />;
}
