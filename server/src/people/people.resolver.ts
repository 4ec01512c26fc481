import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { PageArgs, connectionType, type Connection } from '../common/connection.js';
import type { Context } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Invitation, InvitationStatus } from './invitation.entity.js';
import { Membership } from './membership.entity.js';
import { InviteMemberInput } from './people.inputs.js';
import { Role } from './role.js';
import { User } from './user.entity.js';

export const MembershipConnection = connectionType('Membership', () => Membership);

@Resolver(() => Organisation)
export class OrganisationPeopleResolver {
  @FieldResolver(() => MembershipConnection, { description: 'Members, by name. Only for members of this organisation (FORBIDDEN otherwise).' })
  members(@Root() organisation: Organisation, @Args(() => PageArgs) page: PageArgs, @Ctx() context: Context): Promise<Connection<Membership>> {
    return context.services.people.members(context, organisation.id, page);
  }

  @FieldResolver(() => [Invitation], { description: "Invitations still waiting. Only for this organisation's member admins." })
  invitations(@Root() organisation: Organisation, @Ctx() context: Context): Promise<Invitation[]> {
    return context.services.people.pendingInvitations(context, organisation.id);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => User, { description: 'The member.' })
  user(@Root() membership: Membership): Promise<User> {
    return membership.user.loadOrFail();
  }

  @FieldResolver(() => Organisation, { description: 'The organisation.' })
  organisation(@Root() membership: Membership): Promise<Organisation> {
    return membership.organisation.loadOrFail();
  }

  @Mutation(() => Membership, { description: 'Member admins: replace the roles of a member of the active organisation.' })
  updateMemberRoles(
    @Arg('membershipId', () => ID) membershipId: string,
    @Arg('roles', () => [Role]) roles: Role[],
    @Ctx() context: Context,
  ): Promise<Membership> {
    return context.services.people.updateRoles(context, membershipId, roles);
  }

  @Mutation(() => Boolean, { description: 'Member admins: remove a member from the active organisation.' })
  async removeMember(@Arg('membershipId', () => ID) membershipId: string, @Ctx() context: Context): Promise<boolean> {
    await context.services.people.remove(context, membershipId);
    return true;
  }
}

@Resolver(() => Invitation)
export class InvitationResolver {
  @FieldResolver(() => InvitationStatus, { description: 'Waiting, accepted, withdrawn or expired.' })
  status(@Root() invitation: Invitation): InvitationStatus {
    return invitation.statusAt(new Date());
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who sent it.' })
  invitedBy(@Root() invitation: Invitation): Promise<User | null> | null {
    return invitation.invitedBy ? invitation.invitedBy.load().then((user) => user ?? null) : null;
  }

  @Mutation(() => Invitation, { description: 'Member admins: invite someone to the active organisation by e-mail.' })
  inviteMember(@Arg('input', () => InviteMemberInput) input: InviteMemberInput, @Ctx() context: Context): Promise<Invitation> {
    return context.services.people.invite(context, input);
  }

  @Mutation(() => Invitation, { description: 'Member admins: withdraw a waiting invitation.' })
  revokeInvitation(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Invitation> {
    return context.services.people.revokeInvitation(context, id);
  }
}
