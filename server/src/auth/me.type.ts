import { Field, ObjectType } from 'type-graphql';
import { Membership } from '../people/membership.entity.js';
import { User } from '../people/user.entity.js';

@ObjectType('Me', { description: 'The signed-in user, acting through their active membership.' })
export class Me {
  @Field(() => User, { description: 'The signed-in user.' })
  user!: User;

  @Field(() => Membership, { nullable: true, description: 'The membership the user is acting through; null when they belong to no organisation.' })
  activeMembership!: Membership | null;

  @Field(() => [Membership], { description: 'Every organisation the user belongs to, for switching.' })
  memberships!: Membership[];

  @Field(() => [String], { description: 'Named permissions held in the active organisation, e.g. member:invite.' })
  permissions!: string[];
}
