import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, connectionType, type Connection } from '../common/connection.js';
import type { Context } from '../graphql/context.js';
import { Placement } from '../placements/placement.entity.js';
import { BehaviourIncident } from './incident.entity.js';
import { IncidentFilter, RecordIncidentDecisionInput, ReportIncidentInput } from './incident.inputs.js';

export const BehaviourIncidentConnection = connectionType('BehaviourIncident', () => BehaviourIncident);

@Resolver(() => BehaviourIncident)
export class IncidentResolver {
  @Mutation(() => BehaviourIncident, {
    description: "The placement's provider (managers, staff): report a serious behaviour incident on an active placement; the school's AP leads are told.",
  })
  reportIncident(@Arg('input', () => ReportIncidentInput) input: ReportIncidentInput, @Ctx() context: Context): Promise<BehaviourIncident> {
    return context.services.incidents.report(context, input);
  }

  @Mutation(() => BehaviourIncident, { description: "The placement's school (heads, AP leads): record the course of action decided on an incident, once." })
  recordIncidentDecision(@Arg('input', () => RecordIncidentDecisionInput) input: RecordIncidentDecisionInput, @Ctx() context: Context): Promise<BehaviourIncident> {
    return context.services.incidents.decide(context, input);
  }

  @Query(() => BehaviourIncidentConnection, {
    description: 'Behaviour incidents on placements your organisation is party to (school, provider or home LA), newest first. Every read is audited.',
  })
  behaviourIncidents(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => IncidentFilter, { nullable: true, description: 'Narrows the list.' }) filter: IncidentFilter | null,
    @Ctx() context: Context,
  ): Promise<Connection<BehaviourIncident>> {
    return context.services.incidents.list(context, filter ?? {}, page);
  }

  @Query(() => BehaviourIncident, { description: 'One behaviour incident on a placement your organisation is party to (NOT_FOUND otherwise). Every read is audited.' })
  behaviourIncident(@Arg('id', () => ID, { description: 'The incident.' }) id: string, @Ctx() context: Context): Promise<BehaviourIncident> {
    return context.services.incidents.byId(context, id);
  }

  @FieldResolver(() => Placement, { description: 'The placement it happened on.' })
  placement(@Root() incident: BehaviourIncident): Promise<Placement> {
    return incident.placement.loadOrFail();
  }
}

@Resolver(() => Placement)
export class PlacementIncidentsResolver {
  @FieldResolver(() => [BehaviourIncident], { description: 'Serious behaviour incidents the provider reported, newest first.' })
  incidents(@Root() placement: Placement, @Ctx() context: Context): Promise<BehaviourIncident[]> {
    return context.loaders.incidentsByPlacement.load(placement.id);
  }
}
