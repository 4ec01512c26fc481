import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { EndPlacementInput, SubmitFinalReportInput } from './ending.inputs.js';
import { FinalReport } from './final-report.entity.js';
import { Placement } from './placement.entity.js';

@Resolver()
export class EndingResolver {
  @Mutation(() => FinalReport, {
    description: "The placement's provider (managers, staff): send the final report on an active or ended placement, once; the school's AP leads are notified.",
  })
  submitFinalReport(@Arg('input', () => SubmitFinalReportInput) input: SubmitFinalReportInput, @Ctx() context: Context): Promise<FinalReport> {
    return context.services.ending.submitFinalReport(context, input);
  }

  @Mutation(() => Placement, {
    description:
      "The placement's school (heads, AP leads, SENCos): end an active placement with its last day, reason, the pupil's destination and an outcome for every objective; the provider's managers are notified.",
  })
  endPlacement(@Arg('input', () => EndPlacementInput) input: EndPlacementInput, @Ctx() context: Context): Promise<Placement> {
    return context.services.ending.endPlacement(context, input);
  }
}

@Resolver(() => Placement)
export class PlacementFinalReportResolver {
  @FieldResolver(() => FinalReport, { nullable: true, description: "The provider's final report; null until it is sent." })
  finalReport(@Root() placement: Placement, @Ctx() context: Context): Promise<FinalReport | null> {
    return context.loaders.finalReportByPlacement.load(placement.id);
  }
}
