import { useSession } from '../auth/session';
import { organisationKindLabels } from '../labels/labels';
import type { OrganisationKind, Role } from '../gql/graphql';
import { RoleTags } from './RoleTags';
import { SummaryList, type SummaryListRow } from './SummaryList';

export interface OrganisationWelcomeProps {
  organisation: { kind: OrganisationKind; name: string };
  roles: readonly Role[];
  /** The organisation's identifiers, shown above the user's roles. */
  rows: SummaryListRow[];
}

/** The top of each portal's home page: the active organisation, a welcome and the user's roles there. */
export function OrganisationWelcome(props: OrganisationWelcomeProps) {
  const session = useSession();
  return (
    <>
      <span class="govuk-caption-l">{organisationKindLabels[props.organisation.kind]}</span>
      <h1 class="govuk-heading-l">{props.organisation.name}</h1>
      <p class="govuk-body-l">Welcome, {session.me()?.user.displayName}.</p>
      <SummaryList rows={[...props.rows, { key: 'Your roles', value: <RoleTags roles={props.roles} /> }]} />
    </>
  );
}
