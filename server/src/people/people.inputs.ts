import { Field, InputType } from 'type-graphql';
import { Role } from './role.js';

@InputType('InviteMemberInput', { description: 'Who to invite to the active organisation, and as what.' })
export class InviteMemberInput {
  @Field(() => String, { description: 'Their work e-mail address.' })
  email!: string;

  @Field(() => [Role], { description: 'One or more roles valid for this kind of organisation.' })
  roles!: Role[];
}

@InputType('AcceptInvitationInput', { description: 'Accepting an e-mailed invitation.' })
export class AcceptInvitationInput {
  @Field(() => String, { description: 'The token from the invitation link.' })
  token!: string;

  @Field(() => String, { nullable: true, description: 'Full name; required for a new account.' })
  displayName?: string | null;

  @Field(() => String, { description: "A new password, or the existing account password. A new one must be 12 to 200 characters and hard to guess (three random words work well)." })
  password!: string;
}
