import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { todayInEngland } from '../qa/evidence-dates.js';
import { RecordReviewInput, RecordVisitInput, SubmitProgressReportInput } from './monitoring.inputs.js';
import { Placement } from './placement.entity.js';
import { ProgressReport } from './progress-report.entity.js';
import { PlacementReview } from './review.entity.js';
import { PlacementVisit } from './visit.entity.js';

@Resolver()
export class MonitoringResolver {
  @Mutation(() => PlacementReview, {
    description: 'The placement’s school (heads, AP leads, SENCos): record a review meeting of an agreed or active placement.',
  })
  recordReview(@Arg('input', () => RecordReviewInput) input: RecordReviewInput, @Ctx() context: Context): Promise<PlacementReview> {
    return context.services.monitoring.recordReview(context, input);
  }

  @Mutation(() => PlacementVisit, {
    description:
      'The placement’s school (leads, DSLs, staff): record a visit to the pupil at the provider (the visit proforma). Safeguarding concerns themselves are recorded separately, DSL to DSL.',
  })
  recordVisit(@Arg('input', () => RecordVisitInput) input: RecordVisitInput, @Ctx() context: Context): Promise<PlacementVisit> {
    return context.services.monitoring.recordVisit(context, input);
  }

  @Mutation(() => ProgressReport, {
    description: "The placement's provider (managers, staff): send a termly or half-termly report to the school; the school's AP leads are notified.",
  })
  submitProgressReport(@Arg('input', () => SubmitProgressReportInput) input: SubmitProgressReportInput, @Ctx() context: Context): Promise<ProgressReport> {
    return context.services.monitoring.submitProgressReport(context, input);
  }

  @Query(() => ProgressReport, { description: "A provider's progress report, for whoever can read its placement." })
  progressReport(@Arg('id', () => ID, { description: 'The report.' }) id: string, @Ctx() context: Context): Promise<ProgressReport> {
    return context.services.monitoring.progressReport(context, id);
  }

  @Query(() => PlacementVisit, { description: "A school's visit record, for whoever can read its placement." })
  placementVisit(@Arg('id', () => ID, { description: 'The visit.' }) id: string, @Ctx() context: Context): Promise<PlacementVisit> {
    return context.services.monitoring.visit(context, id);
  }
}

@Resolver(() => Placement)
export class PlacementMonitoringResolver {
  @FieldResolver(() => [PlacementReview], { description: 'Review meetings, newest first.' })
  reviews(@Root() placement: Placement, @Ctx() context: Context): Promise<PlacementReview[]> {
    return context.loaders.reviewsByPlacement.load(placement.id);
  }

  @FieldResolver(() => [PlacementVisit], { description: 'School visits to the pupil at the provider, newest first.' })
  visits(@Root() placement: Placement, @Ctx() context: Context): Promise<PlacementVisit[]> {
    return context.loaders.visitsByPlacement.load(placement.id);
  }

  @FieldResolver(() => [ProgressReport], { description: "The provider's termly and half-termly reports, newest period first." })
  progressReports(@Root() placement: Placement, @Ctx() context: Context): Promise<ProgressReport[]> {
    return context.loaders.progressReportsByPlacement.load(placement.id);
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: 'Date of the latest review meeting; null before the first.' })
  async lastReviewOn(@Root() placement: Placement, @Ctx() context: Context): Promise<string | null> {
    const [latest] = await context.loaders.reviewsByPlacement.load(placement.id);
    return latest?.heldOn ?? null;
  }

  @FieldResolver(() => LocalDateResolver, {
    nullable: true,
    description:
      "When the next review is due: the latest review (or the start) plus the agreement's review interval, or the next review date that review set when sooner. Null unless agreed or active.",
  })
  nextReviewDue(@Root() placement: Placement, @Ctx() context: Context): Promise<string | null> {
    return context.services.monitoring.nextReviewDue(context, placement);
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: 'Date of the latest school visit; null before the first.' })
  async lastVisitOn(@Root() placement: Placement, @Ctx() context: Context): Promise<string | null> {
    const [latest] = await context.loaders.visitsByPlacement.load(placement.id);
    return latest ? todayInEngland(latest.visitedAt) : null;
  }
}

@Resolver(() => PlacementVisit)
export class PlacementVisitResolver {
  @FieldResolver(() => Placement, { description: 'The placement visited.' })
  placement(@Root() visit: PlacementVisit): Promise<Placement> {
    return visit.placement.loadOrFail();
  }
}

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @FieldResolver(() => Placement, { description: 'The placement reported on.' })
  placement(@Root() report: ProgressReport): Promise<Placement> {
    return report.placement.loadOrFail();
  }
}
