import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, connectionType, type Connection } from '../common/connection.js';
import type { Context } from '../graphql/context.js';
import { LocalAuthority, Provider } from '../organisations/organisation.entity.js';
import { QaActionItem, QaActionItemStatus, QaAssessment, QaAssessmentStatus, QaCriterionRating, QaVisit } from './assessment.entity.js';
import {
  AddActionPlanItemInput,
  CompleteAssessmentInput,
  RateCriterionInput,
  RecordQaVisitInput,
  StartAssessmentInput,
} from './assessment.inputs.js';
import { QaCriterion, QaFramework, QaFrameworkVersion } from './framework.entity.js';

export const QaAssessmentConnection = connectionType('QaAssessment', () => QaAssessment);

@Resolver(() => QaAssessment)
export class AssessmentResolver {
  @Query(() => QaAssessment, { nullable: true, description: 'One assessment: completed ones for everyone signed in, one in progress for the assessing LA and the provider; else null.' })
  assessment(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<QaAssessment | null> {
    return context.services.assessments.byId(context, id);
  }

  @FieldResolver(() => QaFramework, { description: 'The framework.' })
  framework(@Root() assessment: QaAssessment): Promise<QaFramework> {
    return assessment.framework.loadOrFail();
  }

  @FieldResolver(() => QaFrameworkVersion, { description: 'The published version it was assessed against; a later version never changes it.' })
  version(@Root() assessment: QaAssessment): Promise<QaFrameworkVersion> {
    return assessment.version.loadOrFail();
  }

  @FieldResolver(() => LocalAuthority, { description: 'The assessing local authority.' })
  localAuthority(@Root() assessment: QaAssessment): Promise<LocalAuthority> {
    return assessment.localAuthority.loadOrFail();
  }

  @FieldResolver(() => Provider, { description: 'The assessed provider.' })
  provider(@Root() assessment: QaAssessment): Promise<Provider> {
    return assessment.provider.loadOrFail();
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may see summary, ratings, visits and action plan (commissioners and the provider itself).' })
  detailsVisible(@Root() assessment: QaAssessment, @Ctx() context: Context): Promise<boolean> {
    return context.services.assessments.detailsVisible(context, assessment);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Overall summary. Commissioners and the provider only (FORBIDDEN otherwise).' })
  summary(@Root() assessment: QaAssessment, @Ctx() context: Context): Promise<string | null> {
    return context.services.assessments.summary(context, assessment);
  }

  @FieldResolver(() => [QaCriterionRating], { description: 'Ratings so far, in criterion order. Commissioners and the provider only (FORBIDDEN otherwise).' })
  ratings(@Root() assessment: QaAssessment, @Ctx() context: Context): Promise<QaCriterionRating[]> {
    return context.services.assessments.ratings(context, assessment);
  }

  @FieldResolver(() => [QaVisit], { description: 'QA visits, newest first. Commissioners and the provider only (FORBIDDEN otherwise).' })
  visits(@Root() assessment: QaAssessment, @Ctx() context: Context): Promise<QaVisit[]> {
    return context.services.assessments.visits(context, assessment);
  }

  @FieldResolver(() => [QaActionItem], { description: 'The action plan, by due date. Commissioners and the provider only (FORBIDDEN otherwise).' })
  actionPlan(@Root() assessment: QaAssessment, @Ctx() context: Context): Promise<QaActionItem[]> {
    return context.services.assessments.actionPlan(context, assessment);
  }

  @Mutation(() => QaAssessment, { description: 'The framework’s LA (QA officers, commissioners): start assessing a provider against a published version.' })
  startAssessment(@Arg('input', () => StartAssessmentInput) input: StartAssessmentInput, @Ctx() context: Context): Promise<QaAssessment> {
    return context.services.assessments.startAssessment(context, input);
  }

  @Mutation(() => QaCriterionRating, { description: 'The assessing LA: rate one criterion of an assessment in progress (again to change it).' })
  rateCriterion(@Arg('input', () => RateCriterionInput) input: RateCriterionInput, @Ctx() context: Context): Promise<QaCriterionRating> {
    return context.services.assessments.rateCriterion(context, input);
  }

  @Mutation(() => QaVisit, { description: 'The assessing LA: record a QA visit for an assessment in progress.' })
  recordQaVisit(@Arg('input', () => RecordQaVisitInput) input: RecordQaVisitInput, @Ctx() context: Context): Promise<QaVisit> {
    return context.services.assessments.recordQaVisit(context, input);
  }

  @Mutation(() => QaActionItem, { description: 'The assessing LA: add an action to the plan of an assessment in progress.' })
  addActionPlanItem(@Arg('input', () => AddActionPlanItemInput) input: AddActionPlanItemInput, @Ctx() context: Context): Promise<QaActionItem> {
    return context.services.assessments.addActionPlanItem(context, input);
  }

  @Mutation(() => QaActionItem, { description: 'The assessing LA: mark an action open or done; the one change allowed after the assessment is completed.' })
  updateActionPlanItemStatus(
    @Arg('id', () => ID, { description: 'The action.' }) id: string,
    @Arg('status', () => QaActionItemStatus, { description: 'Open or done.' }) status: QaActionItemStatus,
    @Ctx() context: Context,
  ): Promise<QaActionItem> {
    return context.services.assessments.updateActionPlanItemStatus(context, id, status);
  }

  @Mutation(() => QaAssessment, { description: 'The assessing LA: complete an assessment with its overall outcome. It is read-only afterwards.' })
  completeAssessment(@Arg('input', () => CompleteAssessmentInput) input: CompleteAssessmentInput, @Ctx() context: Context): Promise<QaAssessment> {
    return context.services.assessments.completeAssessment(context, input);
  }
}

@Resolver(() => QaCriterionRating)
export class CriterionRatingResolver {
  @FieldResolver(() => QaCriterion, { description: 'The criterion rated.' })
  criterion(@Root() rating: QaCriterionRating): Promise<QaCriterion> {
    return rating.criterion.loadOrFail();
  }
}

@Resolver(() => QaActionItem)
export class ActionItemResolver {
  @FieldResolver(() => QaCriterion, { nullable: true, description: 'The criterion the action addresses, if any.' })
  async criterion(@Root() item: QaActionItem): Promise<QaCriterion | null> {
    return item.criterion ? item.criterion.loadOrFail() : null;
  }
}

@Resolver(() => QaFramework)
export class FrameworkAssessmentsResolver {
  @FieldResolver(() => QaAssessmentConnection, { description: 'Assessments on this framework, newest first: completed ones for everyone, ones in progress for the owning LA and the provider.' })
  assessments(
    @Root() framework: QaFramework,
    @Arg('status', () => QaAssessmentStatus, { nullable: true, description: 'Only in progress, or only completed.' }) status: QaAssessmentStatus | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<Connection<QaAssessment>> {
    return context.services.assessments.onFramework(context, framework.id, status, page);
  }
}

@Resolver(() => Provider)
export class ProviderAssessmentsResolver {
  @FieldResolver(() => [QaAssessment], {
    description: 'The latest completed assessment on each LA framework (its outcome is shared with everyone), and any in progress you may see.',
  })
  assessments(@Root() provider: Provider, @Ctx() context: Context): Promise<QaAssessment[]> {
    return context.services.assessments.summaryOf(context, provider.id);
  }

  @FieldResolver(() => QaAssessmentConnection, { description: 'Every assessment of the provider you may see, newest first, optionally on one framework.' })
  assessmentHistory(
    @Root() provider: Provider,
    @Arg('frameworkId', () => ID, { nullable: true, description: 'Only on this framework.' }) frameworkId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<Connection<QaAssessment>> {
    return context.services.assessments.history(context, provider.id, frameworkId, page);
  }
}
