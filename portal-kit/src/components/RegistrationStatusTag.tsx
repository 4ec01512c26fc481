import type { ProviderRegistrationStatus } from '../gql/graphql';
import { registrationStatusLabels } from '../labels/labels';
import { Tag, type TagColour } from './Tag';

const colours: Record<ProviderRegistrationStatus, TagColour> = {
  REGISTERED_SCHOOL: 'green',
  FURTHER_EDUCATION: 'blue',
  NON_SCHOOL: 'orange',
};

export function RegistrationStatusTag(props: { status: ProviderRegistrationStatus }) {
  return <Tag colour={colours[props.status]}>{registrationStatusLabels[props.status]}</Tag>;
}
