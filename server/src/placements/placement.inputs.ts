import { Field, Float, ID, InputType } from 'type-graphql';
import { LegalBasis, PlacementStatus } from './placement.entity.js';

@InputType('PlacementFilter', { description: 'Narrows the placements list; every filter given must match.' })
export class PlacementFilter {
  @Field(() => [PlacementStatus], { nullable: true, description: 'Only placements at one of these statuses.' })
  statuses?: PlacementStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only placements of this pupil.' })
  pupilId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only placements at this provider.' })
  providerId?: string | null;

  @Field(() => String, { nullable: true, description: "Part of the pupil's name (as shared with the provider)." })
  search?: string | null;
}

/** What the school records about a referral, when starting it and when changing it. Not used on its own, so never in the schema. */
@InputType('ReferralFields', { description: 'What the school records about a referral.' })
abstract class ReferralFields {
  @Field(() => ID, { description: 'The provider. Can change only while the referral is a draft.' })
  providerId!: string;

  @Field(() => [ID], { description: 'Every site of the provider the pupil may attend: at least one.' })
  siteIds!: string[];

  @Field(() => ID, { description: 'The reason for the placement (placementReasons).' })
  reasonId!: string;

  @Field(() => LegalBasis, { description: 'The legal basis of the placement.' })
  legalBasis!: LegalBasis;

  @Field(() => String, { nullable: true, description: 'The graduated response already tried.' })
  graduatedResponse?: string | null;

  @Field(() => String, { nullable: true, description: 'How the parent or carer was involved in the decision.' })
  parentInvolvement?: string | null;

  @Field(() => String, { nullable: true, description: "The pupil's own views." })
  pupilViews?: string | null;

  @Field(() => String, { nullable: true, description: 'Off-site direction: date written notice was given to the parent, YYYY-MM-DD.' })
  parentNoticeGivenOn?: string | null;

  @Field(() => String, { nullable: true, description: 'EHC plan: date the SEND caseworker was told, YYYY-MM-DD.' })
  sendCaseworkerNotifiedOn?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'The pupil is dual-registered at the provider.' })
  dualRegistered: boolean = false;

  @Field(() => Float, { defaultValue: 0, description: 'Hours a week still taught at the home school alongside the placement.' })
  homeSchoolHoursPerWeek: number = 0;

  @Field(() => Boolean, { defaultValue: false, description: 'Full-time education is medically inappropriate for the pupil.' })
  fullTimeMedicallyInappropriate: boolean = false;
}

@InputType('StartReferralInput', { description: "A new referral (DRAFT) of one of your school's pupils; the agreement starts from your AP policy." })
export class StartReferralInput extends ReferralFields {
  @Field(() => ID, { description: 'The pupil, on your roll.' })
  pupilId!: string;
}

@InputType('UpdateReferralInput', {
  description: 'Changes to the referral: while it is a draft, or sent but with nobody signed yet (the provider is told of nothing new until it signs).',
})
export class UpdateReferralInput extends ReferralFields {
  @Field(() => ID, { description: 'The placement.' })
  placementId!: string;
}

@InputType('UpdatePlanInput', { description: 'The personalised plan: rationale, monitoring, route back and linked plans.' })
export class UpdatePlanInput {
  @Field(() => ID, { description: 'The placement.' })
  placementId!: string;

  @Field(() => String, { nullable: true, description: 'Why this placement, for this pupil, now.' })
  rationale?: string | null;

  @Field(() => String, { nullable: true, description: 'How progress will be assessed and monitored.' })
  assessmentArrangements?: string | null;

  @Field(() => String, { nullable: true, description: 'Reintegration route or next step.' })
  reintegrationRoute?: string | null;

  @Field(() => String, { nullable: true, description: 'Criteria for judging readiness to reintegrate.' })
  readinessCriteria?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "Linked to the pupil's EHC plan." })
  linksToEhcPlan: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: 'Linked to the personal education plan (PEP).' })
  linksToPep: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: 'Linked to an individual health care plan.' })
  linksToHealthPlan: boolean = false;

  @Field(() => String, { nullable: true, description: 'Notes on the linked plans.' })
  linkedPlanNotes?: string | null;
}

@InputType('SaveObjectiveInput', { description: 'An objective of the personalised plan: new (no objectiveId) or changed.' })
export class SaveObjectiveInput {
  @Field(() => ID, { description: 'The placement.' })
  placementId!: string;

  @Field(() => ID, { nullable: true, description: 'The objective to change; left out to add one at the end.' })
  objectiveId?: string | null;

  @Field(() => String, { description: 'What should improve.' })
  description!: string;

  @Field(() => String, { nullable: true, description: "Where the pupil is now (required by some schools' policies before signing)." })
  baseline?: string | null;

  @Field(() => String, { description: 'The target.' })
  target!: string;

  @Field(() => String, { description: 'How progress is measured.' })
  measure!: string;

  @Field(() => String, { description: 'By when, e.g. "By February half term".' })
  timeframe!: string;
}

@InputType('SendReferralInput', {
  description: "Sends the draft referral to the provider (PROPOSED) and notifies the home school's local authority. Shares a summary of the pupil, never the record.",
})
export class SendReferralInput {
  @Field(() => ID, { description: 'The placement.' })
  placementId!: string;

  @Field(() => String, { nullable: true, description: 'Needs and risks the provider must know, in your words.' })
  needsSummary?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: "Share the pupil's medical needs." })
  shareMedicalNeeds: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: "Share the pupil's emergency contact." })
  shareEmergencyContact: boolean = false;
}

@InputType('StartPlacementInput', { description: 'The pupil has started at the provider (AGREED to ACTIVE).' })
export class StartPlacementInput {
  @Field(() => ID, { description: 'The placement.' })
  placementId!: string;

  @Field(() => String, { description: 'The first day the pupil attended, YYYY-MM-DD.' })
  startedOn!: string;
}

@InputType('CancelPlacementInput', { description: 'Withdraws a placement before it starts.' })
export class CancelPlacementInput {
  @Field(() => ID, { description: 'The placement.' })
  placementId!: string;

  @Field(() => String, { description: 'Why it is cancelled.' })
  reason!: string;
}
