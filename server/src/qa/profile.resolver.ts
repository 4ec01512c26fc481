import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { Provider } from '../organisations/organisation.entity.js';
import { ProviderProfile } from './profile.entity.js';
import { ProviderProfileInput } from './profile.inputs.js';

@Resolver(() => Provider)
export class ProviderProfileResolver {
  @FieldResolver(() => ProviderProfile, {
    description: 'The provider’s profile in its shared QA record (readable by every signed-in user); empty until its managers fill it in.',
  })
  profile(@Root() provider: Provider, @Ctx() context: Context): Promise<ProviderProfile> {
    return context.services.providerProfiles.profileOf(context, provider.id);
  }

  @Mutation(() => ProviderProfile, { description: 'Provider managers: change your provider’s profile (fields left out stay as they are).' })
  updateProviderProfile(@Arg('input', () => ProviderProfileInput) input: ProviderProfileInput, @Ctx() context: Context): Promise<ProviderProfile> {
    return context.services.providerProfiles.update(context, input);
  }
}
