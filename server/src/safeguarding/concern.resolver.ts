import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, connectionType, type Connection } from '../common/connection.js';
import type { Context } from '../graphql/context.js';
import { Provider, School } from '../organisations/organisation.entity.js';
import { Placement } from '../placements/placement.entity.js';
import { PlacementConnection } from '../placements/placement.resolver.js';
import { ConcernChronologyEntry } from './chronology.type.js';
import { ConcernAcknowledgement, ConcernUpdate, SafeguardingConcern } from './concern.entity.js';
import { AddConcernUpdateInput, ConcernChronologyInput, ConcernFilter, RaiseConcernInput } from './concern.inputs.js';

export const SafeguardingConcernConnection = connectionType('SafeguardingConcern', () => SafeguardingConcern);

const READERS = 'Designated safeguarding leads of the school and provider involved, and the home LA’s designated officers when shared';

@Resolver(() => SafeguardingConcern)
export class ConcernResolver {
  @Mutation(() => SafeguardingConcern, {
    description:
      'A DSL of the placement’s school or provider: raise a safeguarding concern. The other organisation’s DSLs are told at once (the e-mail carries a link, never the details), and the home LA’s designated officers when shared.',
  })
  raiseConcern(@Arg('input', () => RaiseConcernInput) input: RaiseConcernInput, @Ctx() context: Context): Promise<SafeguardingConcern> {
    return context.services.concerns.raise(context, input);
  }

  @Mutation(() => SafeguardingConcern, { description: "A DSL of the concern's school or provider: add an entry to its chronology; the other organisation's DSLs are told." })
  addConcernUpdate(@Arg('input', () => AddConcernUpdateInput) input: AddConcernUpdateInput, @Ctx() context: Context): Promise<SafeguardingConcern> {
    return context.services.concerns.addUpdate(context, input);
  }

  @Mutation(() => SafeguardingConcern, {
    description: 'A DSL of the organisation that did not raise the concern: acknowledge it, once for the organisation (CONFLICT after that).',
  })
  acknowledgeConcern(@Arg('id', () => ID, { description: 'The concern.' }) id: string, @Ctx() context: Context): Promise<SafeguardingConcern> {
    return context.services.concerns.acknowledge(context, id);
  }

  @Query(() => SafeguardingConcern, { description: `One safeguarding concern (NOT_FOUND otherwise). ${READERS}. Every read is audited.` })
  concern(@Arg('id', () => ID, { description: 'The concern.' }) id: string, @Ctx() context: Context): Promise<SafeguardingConcern> {
    return context.services.concerns.byId(context, id);
  }

  @Query(() => SafeguardingConcernConnection, { description: `Safeguarding concerns you can read, newest first. ${READERS}. Every read is audited.` })
  concerns(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ConcernFilter, { nullable: true, description: 'Narrows the list.' }) filter: ConcernFilter | null,
    @Ctx() context: Context,
  ): Promise<Connection<SafeguardingConcern>> {
    return context.services.concerns.list(context, filter ?? {}, page);
  }

  @Query(() => [ConcernChronologyEntry], {
    description: `A pupil's safeguarding chronology, oldest first: concerns, updates and acknowledgements. ${READERS}; a provider sees its own placements only. Every read is audited.`,
  })
  concernChronology(@Arg('input', () => ConcernChronologyInput) input: ConcernChronologyInput, @Ctx() context: Context): Promise<ConcernChronologyEntry[]> {
    return context.services.concerns.chronology(context, input);
  }

  @Query(() => PlacementConnection, { description: "A DSL's placements to raise a concern on: their school's or provider's, once the referral is sent; newest first." })
  concernPlacements(@Args(() => PageArgs) page: PageArgs, @Ctx() context: Context): Promise<Connection<Placement>> {
    return context.services.concerns.placementsToRaiseOn(context, page);
  }

  @FieldResolver(() => Placement, { description: 'The placement of the pupil concerned.' })
  placement(@Root() concern: SafeguardingConcern): Promise<Placement> {
    return concern.placement.loadOrFail();
  }

  @FieldResolver(() => String, { description: 'The pupil’s name as the school shared it with the provider.' })
  async pupilName(@Root() concern: SafeguardingConcern): Promise<string> {
    const placement = await concern.placement.loadOrFail();
    return placement.shared?.name ?? '';
  }

  @FieldResolver(() => School, { description: 'The home school.' })
  school(@Root() concern: SafeguardingConcern): Promise<School> {
    return concern.school.loadOrFail();
  }

  @FieldResolver(() => Provider, { description: 'The provider.' })
  provider(@Root() concern: SafeguardingConcern): Promise<Provider> {
    return concern.provider.loadOrFail();
  }

  @FieldResolver(() => [ConcernUpdate], { description: 'Updates added to the chronology, oldest first.' })
  updates(@Root() concern: SafeguardingConcern, @Ctx() context: Context): Promise<ConcernUpdate[]> {
    return context.loaders.updatesByConcern.load(concern.id);
  }

  @FieldResolver(() => [ConcernAcknowledgement], { description: 'Acknowledgements by the organisation that did not raise it (at most one).' })
  acknowledgements(@Root() concern: SafeguardingConcern, @Ctx() context: Context): Promise<ConcernAcknowledgement[]> {
    return context.loaders.acknowledgementsByConcern.load(concern.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether your organisation did not raise the concern and has not acknowledged it yet.' })
  awaitingYourAcknowledgement(@Root() concern: SafeguardingConcern, @Ctx() context: Context): Promise<boolean> {
    return context.services.concerns.awaitsAcknowledgementFrom(context, concern);
  }
}
