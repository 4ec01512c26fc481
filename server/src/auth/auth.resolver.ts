import { Arg, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { Portal } from '../notifications/links.js';
import { AcceptInvitationInput } from '../people/people.inputs.js';
import { InvitationPreview } from './invitation-preview.type.js';
import { Me } from './me.type.js';

@InputType('LoginInput', { description: 'E-mail and password.' })
class LoginInput {
  @Field(() => String, { description: 'Sign-in e-mail address.' })
  email!: string;

  @Field(() => String, { description: 'Password.' })
  password!: string;
}

@InputType('ResetPasswordInput', { description: 'A new password, with the token from the e-mailed link.' })
class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the reset link.' })
  token!: string;

  @Field(() => String, { description: "The new password: 12 to 200 characters and hard to guess (three random words work well)." })
  password!: string;
}

@Resolver()
export class AuthResolver {
  @Query(() => Me, { nullable: true, description: 'The signed-in user, or null when signed out.' })
  me(@Ctx() context: Context): Promise<Me | null> {
    return context.services.me.load(context);
  }

  @Mutation(() => Me, {
    description: 'Signs in and sets the session cookie. One message for a wrong e-mail or password; TOO_MANY_REQUESTS when throttled.',
  })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() context: Context): Promise<Me> {
    await context.services.auth.login(context, input.email, input.password);
    return context.services.me.loadOrFail(context);
  }

  @Mutation(() => Boolean, { description: 'Ends this session and clears the cookie.' })
  async logout(@Ctx() context: Context): Promise<boolean> {
    await context.services.auth.logout(context);
    return true;
  }

  @Mutation(() => Me, { description: 'Makes another of the user\'s memberships the active one for this session.' })
  async switchOrganisation(@Arg('membershipId', () => ID) membershipId: string, @Ctx() context: Context): Promise<Me> {
    await context.services.auth.switchOrganisation(context, membershipId);
    return context.services.me.loadOrFail(context);
  }

  @Mutation(() => Boolean, { description: 'E-mails a one-time reset link when the account exists. Always true, so it reveals nothing.' })
  async requestPasswordReset(
    @Arg('email', () => String) email: string,
    @Arg('portal', () => Portal, { defaultValue: Portal.SCHOOL, description: 'Which portal the link opens.' }) portal: Portal,
    @Ctx() context: Context,
  ): Promise<boolean> {
    await context.services.auth.requestPasswordReset(email, portal);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sets a new password from a reset link and signs out every session of the account.' })
  async resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() context: Context): Promise<boolean> {
    await context.services.auth.resetPassword(input.token, input.password);
    return true;
  }

  @Query(() => InvitationPreview, { description: 'Anonymous: the invitation behind an e-mailed token. BAD_USER_INPUT (token) when expired or used.' })
  invitationPreview(@Arg('token', () => String) token: string, @Ctx() context: Context): Promise<InvitationPreview> {
    return context.services.auth.invitationPreview(token);
  }

  @Mutation(() => Me, { description: 'Accepts an invitation: creates the account or confirms the existing one, joins, and signs in.' })
  async acceptInvitation(@Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput, @Ctx() context: Context): Promise<Me> {
    await context.services.auth.acceptInvitation(context, input);
    return context.services.me.loadOrFail(context);
  }
}
