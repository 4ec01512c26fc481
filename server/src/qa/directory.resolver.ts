import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { PageArgs, connectionType, type Connection } from '../common/connection.js';
import type { Context } from '../graphql/context.js';
import { Provider } from '../organisations/organisation.entity.js';
import { ProviderDirectoryFilter } from './directory.inputs.js';

export const ProviderConnection = connectionType('Provider', () => Provider);

@Resolver()
export class ProviderDirectoryResolver {
  @Query(() => ProviderConnection, { description: 'Providers by name, filtered by area, offer, registration, framework approval and evidence standing.' })
  providerDirectory(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProviderDirectoryFilter, { nullable: true }) filter: ProviderDirectoryFilter | null,
    @Ctx() context: Context,
  ): Promise<Connection<Provider>> {
    return context.services.providerDirectory.search(context, filter, page);
  }
}
