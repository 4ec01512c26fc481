import { Field, ObjectType } from 'type-graphql';
import { OrganisationKind } from '../organisations/organisation-kind.js';
import { Role } from '../people/role.js';

@ObjectType('InvitationPreview', { description: 'What the accept-invitation page shows, looked up by the e-mailed token.' })
export class InvitationPreview {
  @Field(() => String, { description: 'Organisation the invitation is to.' })
  organisationName!: string;

  @Field(() => OrganisationKind, { description: 'Kind of that organisation.' })
  organisationKind!: OrganisationKind;

  @Field(() => String, { description: 'The invited address; the account will use it.' })
  email!: string;

  @Field(() => [Role], { description: 'Roles the invitee will hold.' })
  roles!: Role[];

  @Field(() => Date, { description: 'When the link stops working.' })
  expiresAt!: Date;

  @Field(() => Boolean, { description: 'True when an account with this e-mail exists: confirm with its password instead of choosing one.' })
  existingAccount!: boolean;
}
