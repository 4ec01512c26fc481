import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, connectionType, type Connection } from '../common/connection.js';
import type { Context } from '../graphql/context.js';
import { Placement } from '../placements/placement.entity.js';
import { AbsenceAlert } from './absence-alert.entity.js';
import { AbsenceAlertFilter, AcknowledgeAbsenceAlertInput } from './alert.inputs.js';

export const AbsenceAlertConnection = connectionType('AbsenceAlert', () => AbsenceAlert);

@Resolver(() => AbsenceAlert)
export class AlertResolver {
  @Query(() => AbsenceAlertConnection, {
    description:
      'Absences the providers recorded, newest first: a school’s own (attendance lead, AP lead, head, DSL); a local authority’s officers see those of its schools.',
  })
  absenceAlerts(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AbsenceAlertFilter, { nullable: true, description: 'Narrows the list.' }) filter: AbsenceAlertFilter | null,
    @Ctx() context: Context,
  ): Promise<Connection<AbsenceAlert>> {
    return context.services.alerts.list(context, filter, page);
  }

  @Query(() => AbsenceAlert, { description: 'One absence alert you can see (NOT_FOUND otherwise).' })
  absenceAlert(@Arg('id', () => ID, { description: 'The alert.' }) id: string, @Ctx() context: Context): Promise<AbsenceAlert> {
    return context.services.alerts.byId(context, id);
  }

  @Mutation(() => AbsenceAlert, {
    description: 'The school (attendance lead, AP lead, head, DSL): record that an absence was followed up, and whether the pupil’s worker was told. Once only.',
  })
  acknowledgeAbsenceAlert(
    @Arg('input', () => AcknowledgeAbsenceAlertInput) input: AcknowledgeAbsenceAlertInput,
    @Ctx() context: Context,
  ): Promise<AbsenceAlert> {
    return context.services.alerts.acknowledge(context, input);
  }

  @FieldResolver(() => Placement, { description: 'The placement the pupil was absent from.' })
  placement(@Root() alert: AbsenceAlert): Promise<Placement> {
    return alert.placement.loadOrFail();
  }
}
