import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { School } from '../organisations/organisation.entity.js';
import { ReportCadence, ReportingCadence } from '../placements/agreement.entity.js';
import { QaFramework } from '../qa/framework.entity.js';

/** National defaults (domain.md §1.2, §2.4, §8) for a school that has not set its own. */
export const POLICY_DEFAULTS = {
  attendanceReporting: ReportingCadence.DAILY,
  reviewIntervalWeeks: 6,
  visitsPerTerm: 1,
  reportCadence: ReportCadence.TERMLY,
  attendanceTargetPercent: 95,
  fullTimeHoursThreshold: 18,
} as const;

/**
 * A school's alternative-provision policy as settings: the cadences new agreements start from and
 * the provider and plan requirements the compliance rules enforce. One per school; readable by the
 * school, its local authority, and providers the school places with (they work to it).
 */
@Entity({ tableName: 'school_ap_policy' })
@Unique({ properties: ['school'] })
@ObjectType('SchoolApPolicy', { description: "A school's alternative-provision policy: cadences, targets and the requirements its placements must meet." })
export class SchoolApPolicy {
  [OptionalProps]?:
    | 'updatedAt'
    | 'attendanceReporting'
    | 'reviewIntervalWeeks'
    | 'visitsPerTerm'
    | 'reportCadence'
    | 'attendanceTargetPercent'
    | 'fullTimeHoursThreshold'
    | 'fullTimeProvidersMustBeRegistered'
    | 'teamTeachForBehaviourRisk'
    | 'fullTimeInTotal'
    | 'writtenPlanRequired'
    | 'baselineRequired'
    | 'finalReportRequired'
    | 'providerCommitments'
    | 'schoolCommitments';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => School, ref: true })
  school!: Ref<School>;

  @Field(() => ReportingCadence, { description: 'How often providers must report attendance (Oakfield: weekly; 2026-27 policy: daily).' })
  @Enum({ items: () => ReportingCadence, type: 'text' })
  attendanceReporting: ReportingCadence = POLICY_DEFAULTS.attendanceReporting;

  @Field(() => Int, { description: 'Longest gap between reviews in weeks (national default half-termly = 6; 2026-27 policy: 8).' })
  @Property({ type: 'smallint' })
  reviewIntervalWeeks: number = POLICY_DEFAULTS.reviewIntervalWeeks;

  @Field(() => Int, { description: 'School visits to each pupil per term (ALP Leicester: 2).' })
  @Property({ type: 'smallint' })
  visitsPerTerm: number = POLICY_DEFAULTS.visitsPerTerm;

  @Field(() => ReportCadence, { description: 'How often providers write a progress report.' })
  @Enum({ items: () => ReportCadence, type: 'text' })
  reportCadence: ReportCadence = POLICY_DEFAULTS.reportCadence;

  @Field(() => Int, { description: "The school's attendance target, %." })
  @Property({ type: 'smallint' })
  attendanceTargetPercent: number = POLICY_DEFAULTS.attendanceTargetPercent;

  @Field(() => Number, { description: 'Hours a week from which a timetable counts as full-time (national working guide: 18).' })
  @Property({ type: 'double' })
  fullTimeHoursThreshold: number = POLICY_DEFAULTS.fullTimeHoursThreshold;

  @Field(() => Boolean, { description: 'Full-time placements only at registered providers (Oakfield).' })
  @Property({ type: 'boolean' })
  fullTimeProvidersMustBeRegistered: boolean = false;

  /** Providers must be approved on this LA framework (Levett: the DMBC QA Framework). */
  @ManyToOne({ entity: () => QaFramework, ref: true, nullable: true })
  requiredFramework?: Ref<QaFramework> | null;

  @Field(() => Boolean, { description: 'Pupils with a behaviour risk assessment only at providers with Team Teach trained staff (ALP Leicester).' })
  @Property({ type: 'boolean' })
  teamTeachForBehaviourRisk: boolean = false;

  @Field(() => Boolean, { description: 'Full-time education in total across settings unless medically inappropriate (Dormston).' })
  @Property({ type: 'boolean' })
  fullTimeInTotal: boolean = false;

  @Field(() => Boolean, { description: 'A written plan (rationale, intended outcomes, duration, review arrangements) before agreeing (2026-27 policy).' })
  @Property({ type: 'boolean' })
  writtenPlanRequired: boolean = false;

  @Field(() => Boolean, { description: 'Every objective has a baseline (Dormston).' })
  @Property({ type: 'boolean' })
  baselineRequired: boolean = false;

  @Field(() => Boolean, { description: "A final report with the pupil's view, and the destination, when a placement ends (Dormston)." })
  @Property({ type: 'boolean' })
  finalReportRequired: boolean = false;

  @Field(() => [String], { description: 'What providers commit to: the agreement template.' })
  @Property({ type: 'text[]' })
  providerCommitments: string[] = [];

  @Field(() => [String], { description: 'What the school commits to: the agreement template.' })
  @Property({ type: 'text[]' })
  schoolCommitments: string[] = [];

  @Property({ type: 'uuid', nullable: true })
  updatedById?: string | null;

  @Field(() => Date, { description: 'When the policy last changed.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
