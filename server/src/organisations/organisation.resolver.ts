import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, connectionType, type Connection } from '../common/connection.js';
import type { Context } from '../graphql/context.js';
import {
  CreateLocalAuthorityInput,
  CreateProviderInput,
  CreateSchoolInput,
  OrganisationFilter,
  ProviderSiteInput,
} from './organisation.inputs.js';
import { LocalAuthority, Organisation, Provider, School } from './organisation.entity.js';
import { ProviderSite } from './provider-site.entity.js';

export const OrganisationConnection = connectionType('Organisation', () => Organisation);

@Resolver()
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true, description: 'Public details of any organisation, or null.' })
  organisation(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Organisation | null> {
    return context.services.organisations.byId(context, id);
  }

  @Query(() => OrganisationConnection, { description: 'The organisation directory, by name.' })
  organisations(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter: OrganisationFilter | null,
    @Ctx() context: Context,
  ): Promise<Connection<Organisation>> {
    return context.services.organisations.list(context, filter, page);
  }

  @Mutation(() => LocalAuthority, { description: 'Platform admins: add a local authority.' })
  createLocalAuthority(@Arg('input', () => CreateLocalAuthorityInput) input: CreateLocalAuthorityInput, @Ctx() context: Context) {
    return context.services.organisations.createLocalAuthority(context, input);
  }

  @Mutation(() => School, { description: 'Platform admins: add a school.' })
  createSchool(@Arg('input', () => CreateSchoolInput) input: CreateSchoolInput, @Ctx() context: Context) {
    return context.services.organisations.createSchool(context, input);
  }

  @Mutation(() => Provider, { description: 'Platform admins: add an AP provider.' })
  createProvider(@Arg('input', () => CreateProviderInput) input: CreateProviderInput, @Ctx() context: Context) {
    return context.services.organisations.createProvider(context, input);
  }

  @Mutation(() => ProviderSite, { description: 'Provider managers: add a site to their provider (platform admins: to any).' })
  addProviderSite(@Arg('input', () => ProviderSiteInput) input: ProviderSiteInput, @Ctx() context: Context) {
    return context.services.organisations.addProviderSite(context, input);
  }
}

@Resolver(() => School)
export class SchoolResolver {
  @FieldResolver(() => LocalAuthority, { description: 'The local authority the school is in.' })
  localAuthority(@Root() school: School): Promise<LocalAuthority> {
    return school.localAuthority.loadOrFail();
  }
}

@Resolver(() => Provider)
export class ProviderResolver {
  @FieldResolver(() => [ProviderSite], { description: 'Every address where the provider may teach pupils.' })
  sites(@Root() provider: Provider, @Ctx() context: Context): Promise<ProviderSite[]> {
    return context.loaders.sitesByProvider.load(provider.id);
  }
}

@Resolver(() => ProviderSite)
export class ProviderSiteResolver {
  @FieldResolver(() => LocalAuthority, { description: 'The local authority the site is in.' })
  localAuthority(@Root() site: ProviderSite): Promise<LocalAuthority> {
    return site.localAuthority.loadOrFail();
  }
}
