import { Field, ID, InputType, Int } from 'type-graphql';
import { ReportCadence, ReportingCadence } from '../placements/agreement.entity.js';

/** The whole policy as the change form sends it: every setting, replacing the last. */
@InputType('UpdateSchoolApPolicyInput', { description: "Your school's AP policy, every setting at once." })
export class UpdateSchoolApPolicyInput {
  @Field(() => ReportingCadence, { description: 'How often providers must report attendance.' })
  attendanceReporting!: ReportingCadence;

  @Field(() => Int, { description: 'Longest gap between reviews, 1 to 16 weeks.' })
  reviewIntervalWeeks!: number;

  @Field(() => Int, { description: 'School visits to each pupil per term, 0 to 12.' })
  visitsPerTerm!: number;

  @Field(() => ReportCadence, { description: 'How often providers write a progress report.' })
  reportCadence!: ReportCadence;

  @Field(() => Int, { description: "The school's attendance target, 50 to 100 %." })
  attendanceTargetPercent!: number;

  @Field(() => Number, { description: 'Hours a week from which a timetable counts as full-time, 10 to 32.5.' })
  fullTimeHoursThreshold!: number;

  @Field(() => Boolean, { description: 'Full-time placements only at registered schools.' })
  fullTimeProvidersMustBeRegistered!: boolean;

  @Field(() => ID, { nullable: true, description: 'Providers must be approved (or approved on conditions) on this QA framework; null for none.' })
  requiredFrameworkId?: string | null;

  @Field(() => Boolean, { description: 'Pupils with a behaviour risk assessment only at providers with current Team Teach training evidence.' })
  teamTeachForBehaviourRisk!: boolean;

  @Field(() => Boolean, { description: 'Full-time education in total across settings unless medically inappropriate.' })
  fullTimeInTotal!: boolean;

  @Field(() => Boolean, { description: 'A complete written plan before the agreement is signed.' })
  writtenPlanRequired!: boolean;

  @Field(() => Boolean, { description: 'Every objective has a baseline before the agreement is signed.' })
  baselineRequired!: boolean;

  @Field(() => Boolean, { description: "A final report with the pupil's view, and the destination, when a placement ends." })
  finalReportRequired!: boolean;

  @Field(() => [String], { description: 'What providers commit to, one line each (blank lines are dropped).' })
  providerCommitments!: string[];

  @Field(() => [String], { description: 'What the school commits to, one line each (blank lines are dropped).' })
  schoolCommitments!: string[];
}
