import { Arg, Args, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, connectionType, type Connection } from '../common/connection.js';
import type { Context } from '../graphql/context.js';
import { LocalAuthority, Provider, School } from '../organisations/organisation.entity.js';
import { ProviderSite } from '../organisations/provider-site.entity.js';
import { Pupil } from '../pupils/pupil.entity.js';
import { AgreementParty, PlacementAgreement } from './agreement.entity.js';
import { PlanObjective } from './objective.entity.js';
import { Placement, PlacementReason, SharedPupilSummary } from './placement.entity.js';
import {
  CancelPlacementInput,
  PlacementFilter,
  SaveObjectiveInput,
  SendReferralInput,
  StartPlacementInput,
  StartReferralInput,
  UpdatePlanInput,
  UpdateReferralInput,
} from './placement.inputs.js';
import { AttendancePattern } from './timetable.js';

export const PlacementConnection = connectionType('Placement', () => Placement);

@Resolver(() => Placement)
export class PlacementResolver {
  @Query(() => [PlacementReason], { description: 'The reasons a placement can be commissioned for, in list order.' })
  placementReasons(@Ctx() context: Context): Promise<PlacementReason[]> {
    return context.services.placements.reasons(context);
  }

  @Query(() => PlacementConnection, {
    description:
      'Placements you can see, newest first: a school its own; a provider those made with it (not drafts); a local authority those of its schools and those at sites in its area.',
  })
  placements(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PlacementFilter, { nullable: true, description: 'Narrows the list.' }) filter: PlacementFilter | null,
    @Ctx() context: Context,
  ): Promise<Connection<Placement>> {
    return context.services.placements.list(context, filter ?? {}, page);
  }

  @Query(() => Placement, { description: 'One placement you can see (NOT_FOUND otherwise). Every read is audited.' })
  placement(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Placement> {
    return context.services.placements.byId(context, id);
  }

  @FieldResolver(() => Pupil, { nullable: true, description: "The pupil's record: for the home school and its local authority only; null for the provider and host LAs (they see pupilSummary)." })
  pupil(@Root() placement: Placement, @Ctx() context: Context): Promise<Pupil | null> {
    return context.services.placements.pupilOf(context, placement);
  }

  @FieldResolver(() => SharedPupilSummary, { description: 'What the school shared with the provider about the pupil; while a draft, what it would share.' })
  pupilSummary(@Root() placement: Placement, @Ctx() context: Context): Promise<SharedPupilSummary> {
    return context.services.placements.pupilSummaryOf(context, placement);
  }

  @FieldResolver(() => School, { description: 'The home school, which commissions the placement.' })
  school(@Root() placement: Placement): Promise<School> {
    return placement.school.loadOrFail();
  }

  @FieldResolver(() => LocalAuthority, { description: "The home school's local authority, notified of the placement." })
  localAuthority(@Root() placement: Placement): Promise<LocalAuthority> {
    return placement.localAuthority.loadOrFail();
  }

  @FieldResolver(() => Provider, { description: 'The provider.' })
  provider(@Root() placement: Placement): Promise<Provider> {
    return placement.provider.loadOrFail();
  }

  @FieldResolver(() => [ProviderSite], { description: 'Every site of the provider the pupil may attend.' })
  sites(@Root() placement: Placement, @Ctx() context: Context): Promise<ProviderSite[]> {
    return context.loaders.sitesByPlacement.load(placement.id);
  }

  @FieldResolver(() => PlacementReason, { description: 'Why the placement is commissioned.' })
  reason(@Root() placement: Placement): Promise<PlacementReason> {
    return placement.reason.loadOrFail();
  }

  @FieldResolver(() => [PlanObjective], { description: 'Objectives of the personalised plan, in order.' })
  objectives(@Root() placement: Placement, @Ctx() context: Context): Promise<PlanObjective[]> {
    return context.loaders.objectivesByPlacement.load(placement.id);
  }

  @FieldResolver(() => PlacementAgreement, { description: 'The latest agreement version: the one being signed, or in force.' })
  currentAgreement(@Root() placement: Placement, @Ctx() context: Context): Promise<PlacementAgreement> {
    return context.services.placements.currentAgreementOf(context, placement.id);
  }

  @FieldResolver(() => [PlacementAgreement], { description: 'Every agreement version, newest first.' })
  agreements(@Root() placement: Placement, @Ctx() context: Context): Promise<PlacementAgreement[]> {
    return context.loaders.agreementsByPlacement.load(placement.id);
  }

  @FieldResolver(() => Float, { description: 'Hours a week at the provider, from the current agreement’s timetable.' })
  async hoursPerWeek(@Root() placement: Placement, @Ctx() context: Context): Promise<number> {
    return (await context.services.placements.currentAgreementOf(context, placement.id)).hoursPerWeek;
  }

  @FieldResolver(() => AttendancePattern, { description: "Full-time or part-time: the current agreement's hours against the school policy's full-time threshold." })
  attendancePattern(@Root() placement: Placement, @Ctx() context: Context): Promise<AttendancePattern> {
    return context.services.placements.attendancePatternOf(context, placement);
  }

  @FieldResolver(() => AgreementParty, { nullable: true, description: 'The party you sign for: SCHOOL for the home school, PROVIDER for the provider, null for local authorities.' })
  viewerParty(@Root() placement: Placement, @Ctx() context: Context): AgreementParty | null {
    return context.services.placements.viewerParty(context, placement);
  }

  @Mutation(() => Placement, { description: "School (placement:commission): start a referral (DRAFT) for one of your pupils, with agreement version 1 from your AP policy." })
  startReferral(@Arg('input', () => StartReferralInput) input: StartReferralInput, @Ctx() context: Context): Promise<Placement> {
    return context.services.placements.startReferral(context, input);
  }

  @Mutation(() => Placement, { description: 'School (placement:commission): change the referral while a draft, or sent with no signature yet.' })
  updateReferral(@Arg('input', () => UpdateReferralInput) input: UpdateReferralInput, @Ctx() context: Context): Promise<Placement> {
    return context.services.placements.updateReferral(context, input);
  }

  @Mutation(() => Placement, { description: 'School (placement:commission): change the personalised plan of a placement not yet ended or cancelled.' })
  updatePlan(@Arg('input', () => UpdatePlanInput) input: UpdatePlanInput, @Ctx() context: Context): Promise<Placement> {
    return context.services.placements.updatePlan(context, input);
  }

  @Mutation(() => PlanObjective, { description: 'School (placement:commission): add an objective to the plan, or change one.' })
  saveObjective(@Arg('input', () => SaveObjectiveInput) input: SaveObjectiveInput, @Ctx() context: Context): Promise<PlanObjective> {
    return context.services.placements.saveObjective(context, input);
  }

  @Mutation(() => Placement, { description: 'School (placement:commission): remove an objective from the plan; the rest keep their order.' })
  removeObjective(@Arg('id', () => ID, { description: 'The objective.' }) id: string, @Ctx() context: Context): Promise<Placement> {
    return context.services.placements.removeObjective(context, id);
  }

  @Mutation(() => Placement, {
    description:
      "School (placement:commission): send the draft referral to the provider (PROPOSED). Shares the pupil summary and notifies the home school's local authority and the provider's managers.",
  })
  sendReferral(@Arg('input', () => SendReferralInput) input: SendReferralInput, @Ctx() context: Context): Promise<Placement> {
    return context.services.placements.sendReferral(context, input);
  }

  @Mutation(() => Placement, { description: 'School (placement:commission): the pupil has started (AGREED to ACTIVE).' })
  startPlacement(@Arg('input', () => StartPlacementInput) input: StartPlacementInput, @Ctx() context: Context): Promise<Placement> {
    return context.services.placements.startPlacement(context, input);
  }

  @Mutation(() => Placement, { description: 'School (placement:commission): cancel a placement before it starts (DRAFT, PROPOSED or AGREED).' })
  cancelPlacement(@Arg('input', () => CancelPlacementInput) input: CancelPlacementInput, @Ctx() context: Context): Promise<Placement> {
    return context.services.placements.cancelPlacement(context, input);
  }
}
