import { Field, ID, InputType, Int } from 'type-graphql';
import { ReportCadence } from './agreement.entity.js';
import { ReviewOutcome } from './review.entity.js';

@InputType('ObjectiveProgressInput', { description: 'Progress against one objective of the plan, found at a review.' })
export class ObjectiveProgressInput {
  @Field(() => ID, { description: 'An objective of this placement’s plan.' })
  objectiveId!: string;

  @Field(() => String, { description: 'Progress made against it.' })
  progress!: string;
}

@InputType('RecordReviewInput', {
  description: 'A review meeting of an agreed or active placement, held on or after the day it started (or was agreed) and not in the future.',
})
export class RecordReviewInput {
  @Field(() => ID, { description: 'The placement (your school’s).' })
  placementId!: string;

  @Field(() => String, { description: 'Date of the meeting, YYYY-MM-DD: today or earlier.' })
  heldOn!: string;

  @Field(() => [String], { description: 'Who attended, one entry each, e.g. "Sam Patel (AP lead, school)". At least one.' })
  attendees!: string[];

  @Field(() => [ObjectiveProgressInput], { defaultValue: [], description: 'Progress against objectives of the plan, at most one entry each.' })
  objectiveProgress!: ObjectiveProgressInput[];

  @Field(() => ReviewOutcome, { description: 'Continue, adjust or end.' })
  outcome!: ReviewOutcome;

  @Field(() => String, { nullable: true, description: 'Summary of the discussion and any changes agreed.' })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: "The pupil's own views." })
  pupilViews?: string | null;

  @Field(() => String, { nullable: true, description: "The parent or carer's views." })
  parentViews?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the next review, YYYY-MM-DD: after the meeting.' })
  nextReviewOn?: string | null;
}

@InputType('RecordVisitInput', { description: "A school staff visit to the pupil at the provider: the seeds' AP visit proforma. The placement must be active." })
export class RecordVisitInput {
  @Field(() => ID, { description: 'The placement (your school’s).' })
  placementId!: string;

  @Field(() => String, { description: 'Date of the visit, YYYY-MM-DD: on or after the day the placement started, not in the future.' })
  visitedOn!: string;

  @Field(() => String, { description: 'Time of the visit in England, 24-hour HH:MM, e.g. "13:45".' })
  visitTime!: string;

  @Field(() => String, { description: 'Member of staff who visited.' })
  staffMember!: string;

  @Field(() => String, { nullable: true, description: "The pupil's class or tutor group." })
  pupilClass?: string | null;

  @Field(() => Int, { nullable: true, description: 'Attendance % at the time of the visit, 0 to 100.' })
  attendancePercent?: number | null;

  @Field(() => Boolean, { description: 'Safeguarding concerns raised. The concerns themselves are recorded separately, DSL to DSL.' })
  safeguardingConcerns!: boolean;

  @Field(() => String, { nullable: true, description: 'Attendance notes.' })
  attendanceNotes?: string | null;

  @Field(() => String, { nullable: true, description: 'Behaviour and welfare notes.' })
  behaviourWelfareNotes?: string | null;

  @Field(() => String, { nullable: true, description: 'Progress.' })
  progress?: string | null;

  @Field(() => String, { nullable: true, description: 'Attainment.' })
  attainment?: string | null;

  @Field(() => String, { nullable: true, description: 'Curriculum and learning notes.' })
  curriculumNotes?: string | null;

  @Field(() => String, { nullable: true, description: 'Other agencies involved.' })
  otherAgencies?: string | null;

  @Field(() => String, { nullable: true, description: 'Actions for the school.' })
  actionsForSchool?: string | null;

  @Field(() => String, { nullable: true, description: 'Actions for the provision.' })
  actionsForProvision?: string | null;

  @Field(() => Boolean, { description: 'The parent or carer was contacted.' })
  parentContact!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the parent or carer was not contacted: required when parentContact is false.' })
  noParentContactReason?: string | null;

  @Field(() => String, { nullable: true, description: "The pupil's own views on the placement." })
  pupilViews?: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the next review meeting, YYYY-MM-DD: on or after the visit.' })
  reviewMeetingOn?: string | null;
}

@InputType('SubmitProgressReportInput', {
  description:
    "The provider's termly or half-termly report (the seeds' AP termly review), on an active placement or, once ended, for its last period. The period lies within the placement's dates.",
})
export class SubmitProgressReportInput {
  @Field(() => ID, { description: 'The placement (with your provider).' })
  placementId!: string;

  @Field(() => ReportCadence, { description: 'Termly or half-termly.' })
  kind!: ReportCadence;

  @Field(() => String, { description: 'First day the report covers, YYYY-MM-DD: on or after the day the placement started.' })
  periodStart!: string;

  @Field(() => String, { description: 'Last day the report covers, YYYY-MM-DD: after the first, not in the future, and not after the placement ended.' })
  periodEnd!: string;

  @Field(() => String, { description: 'Name of the staff member completing the report.' })
  staffName!: string;

  @Field(() => Int, { description: 'Attendance over the period, %, 0 to 100.' })
  attendancePercent!: number;

  @Field(() => String, { nullable: true, description: 'Commentary on attendance: required below 100%.' })
  attendanceCommentary?: string | null;

  @Field(() => String, { description: 'Punctuality.' })
  punctuality!: string;

  @Field(() => String, { description: 'Attitude to learning.' })
  attitudeToLearning!: string;

  @Field(() => String, { description: 'Brief summary of skills covered.' })
  skillsCovered!: string;

  @Field(() => String, { description: 'Targets for next term.' })
  targetsNextTerm!: string;

  @Field(() => String, { nullable: true, description: "The pupil's own views." })
  pupilViews?: string | null;

  @Field(() => String, { nullable: true, description: 'Any other comments.' })
  otherComments?: string | null;
}
