import {
  Collection,
  Embeddable,
  Embedded,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { LocalDateResolver } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalAuthority, Provider, School } from '../organisations/organisation.entity.js';
import { ProviderSite } from '../organisations/provider-site.entity.js';
import { Pupil } from '../pupils/pupil.entity.js';

export enum PlacementStatus {
  DRAFT = 'DRAFT',
  PROPOSED = 'PROPOSED',
  AGREED = 'AGREED',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(PlacementStatus, {
  name: 'PlacementStatus',
  description: 'Where a placement is in its life, from referral to final report.',
  valuesConfig: {
    DRAFT: { description: 'Referral being written by the school; the provider cannot see it yet.' },
    PROPOSED: { description: 'Referral sent: the provider sees it and the agreement is being signed.' },
    AGREED: { description: 'Agreement signed by school, provider and parent or carer; not started yet.' },
    ACTIVE: { description: 'The pupil attends the provider.' },
    ENDED: { description: 'Ended, with destination and outcomes recorded.' },
    CANCELLED: { description: 'Withdrawn before it started.' },
  },
});

/** Legal basis of the placement (domain.md §1.1). */
export enum LegalBasis {
  S19_LA_DUTY = 'S19_LA_DUTY',
  S100_SUSPENSION = 'S100_SUSPENSION',
  S29A_OFF_SITE_DIRECTION = 'S29A_OFF_SITE_DIRECTION',
  OTHER_SCHOOL_ARRANGED = 'OTHER_SCHOOL_ARRANGED',
}
registerEnumType(LegalBasis, {
  name: 'LegalBasis',
  description: 'The legal basis on which the placement is arranged (domain.md §1.1).',
  valuesConfig: {
    S19_LA_DUTY: { description: "Section 19 Education Act 1996: the LA's duty to arrange suitable full-time education." },
    S100_SUSPENSION: { description: 'Section 100 Education and Inspections Act 2006: provision from the sixth day of a suspension.' },
    S29A_OFF_SITE_DIRECTION: { description: 'Section 29A Education Act 2002: off-site direction to improve behaviour.' },
    OTHER_SCHOOL_ARRANGED: { description: 'Other placement arranged by the school.' },
  },
});

/** Where the pupil goes next (domain.md §1.2, §1.5: destination after the placement). */
export enum Destination {
  RETURNED_TO_HOME_SCHOOL = 'RETURNED_TO_HOME_SCHOOL',
  MOVED_TO_ANOTHER_SCHOOL = 'MOVED_TO_ANOTHER_SCHOOL',
  SPECIALIST_PROVISION = 'SPECIALIST_PROVISION',
  FURTHER_EDUCATION = 'FURTHER_EDUCATION',
  APPRENTICESHIP_OR_TRAINING = 'APPRENTICESHIP_OR_TRAINING',
  EMPLOYMENT_WITH_TRAINING = 'EMPLOYMENT_WITH_TRAINING',
  ANOTHER_ALTERNATIVE_PROVISION = 'ANOTHER_ALTERNATIVE_PROVISION',
  NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING = 'NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING',
  OTHER = 'OTHER',
}
registerEnumType(Destination, {
  name: 'Destination',
  description: "The pupil's next destination when the placement ends.",
  valuesConfig: {
    RETURNED_TO_HOME_SCHOOL: { description: 'Reintegrated into the home school.' },
    MOVED_TO_ANOTHER_SCHOOL: { description: 'Moved to another mainstream school.' },
    SPECIALIST_PROVISION: { description: 'Moved to a special school or specialist provision.' },
    FURTHER_EDUCATION: { description: 'Further education (post-16).' },
    APPRENTICESHIP_OR_TRAINING: { description: 'Apprenticeship or training.' },
    EMPLOYMENT_WITH_TRAINING: { description: 'Employment with part-time study or training.' },
    ANOTHER_ALTERNATIVE_PROVISION: { description: 'Another alternative-provision placement.' },
    NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING: { description: 'Not in education, employment or training.' },
    OTHER: { description: 'Other; see the detail.' },
  },
});

/**
 * Why a placement is commissioned, from the census placement-reason list. The DfE codeset's exact
 * codes are not yet loaded (domain.md §4.1, §9): `censusCode` stays empty until they are, and no
 * code is made up meanwhile. Reference data, readable by everyone signed in.
 */
@Entity({ tableName: 'placement_reason' })
@ObjectType('PlacementReason', { description: 'A reason a placement is commissioned, from the census placement-reason list.' })
export class PlacementReason {
  @Field(() => ID, { description: 'Stable key.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => String, { description: 'The reason as the census statistics word it.' })
  @Property({ type: 'text' })
  label!: string;

  @Field(() => String, { nullable: true, description: "The DfE codeset's code, once the codeset is loaded." })
  @Property({ type: 'text', nullable: true })
  censusCode?: string | null;

  @Field(() => String, { description: 'Where the reason comes from.' })
  @Property({ type: 'text' })
  source!: string;

  @Field(() => Int, { description: 'Order in lists.' })
  @Property({ type: 'smallint' })
  position!: number;
}

/** The personalised plan (domain.md §1.3; seeds 001 "written plan" and 003 "personalised plan"). Objectives are rows of their own. */
@Embeddable()
@ObjectType('PersonalisedPlan', { description: 'The personalised plan: why, how progress is judged, and the route back.' })
export class PersonalisedPlan {
  @Field(() => String, { nullable: true, description: 'Rationale: why this placement, for this pupil, now.' })
  @Property({ type: 'text', nullable: true })
  rationale?: string | null;

  @Field(() => String, { nullable: true, description: 'Arrangements for assessing and monitoring progress.' })
  @Property({ type: 'text', nullable: true })
  assessmentArrangements?: string | null;

  @Field(() => String, { nullable: true, description: 'Reintegration route or next step (return to school, FE, training, employment).' })
  @Property({ type: 'text', nullable: true })
  reintegrationRoute?: string | null;

  @Field(() => String, { nullable: true, description: 'Criteria for judging readiness to reintegrate.' })
  @Property({ type: 'text', nullable: true })
  readinessCriteria?: string | null;

  @Field(() => Boolean, { description: 'Linked to the pupil’s EHC plan.' })
  @Property({ type: 'boolean' })
  linksToEhcPlan: boolean = false;

  @Field(() => Boolean, { description: 'Linked to the personal education plan (PEP) of a looked-after pupil.' })
  @Property({ type: 'boolean' })
  linksToPep: boolean = false;

  @Field(() => Boolean, { description: 'Linked to an individual health care plan.' })
  @Property({ type: 'boolean' })
  linksToHealthPlan: boolean = false;

  @Field(() => String, { nullable: true, description: 'Notes on the linked plans.' })
  @Property({ type: 'text', nullable: true })
  linkedPlanNotes?: string | null;
}

/** What the school chose to share with the provider about the pupil: the only pupil data a provider sees. */
@Embeddable()
@ObjectType('SharedPupilSummary', { description: 'What the school shared with the provider about the pupil.' })
export class SharedPupilSummary {
  @Field(() => String, { description: 'Name the pupil uses.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Int, { description: 'Year group (0 is Reception).' })
  @Property({ type: 'smallint' })
  yearGroup!: number;

  @Field(() => LocalDateResolver, { description: 'Date of birth.' })
  @Property({ type: 'date' })
  dateOfBirth!: string;

  @Field(() => String, { nullable: true, description: 'Needs and risks the provider must know, in the school’s words.' })
  @Property({ type: 'text', nullable: true })
  needsSummary?: string | null;

  @Field(() => String, { nullable: true, description: 'Medical needs.' })
  @Property({ type: 'text', nullable: true })
  medicalNeeds?: string | null;

  @Field(() => Boolean, { description: 'Has a behaviour risk assessment.' })
  @Property({ type: 'boolean' })
  behaviourRiskAssessment: boolean = false;

  @Field(() => Boolean, { description: 'Has an EHC plan.' })
  @Property({ type: 'boolean' })
  ehcPlan: boolean = false;

  @Field(() => Boolean, { description: 'Is looked after.' })
  @Property({ type: 'boolean' })
  lookedAfter: boolean = false;

  @Field(() => String, { nullable: true, description: 'Emergency contact name.' })
  @Property({ type: 'text', nullable: true })
  emergencyContactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Emergency contact phone.' })
  @Property({ type: 'text', nullable: true })
  emergencyContactPhone?: string | null;
}

/**
 * One placement: a pupil of a school at a provider, from referral to final report. The school
 * commissions it; school, LA and provider share this one record (architecture.md, tenancy).
 */
@Entity({ tableName: 'placement' })
@Index({ properties: ['school', 'status'] })
@Index({ properties: ['provider', 'status'] })
@Index({ properties: ['pupil'] })
@ObjectType('Placement', { description: 'A placement of a pupil at a provider, shared by the home school, the provider and the local authorities involved.' })
export class Placement {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Hidden from providers: reached through a checked resolver. */
  @ManyToOne({ entity: () => Pupil, ref: true })
  pupil!: Ref<Pupil>;

  /** The home school, which commissions the placement. */
  @ManyToOne({ entity: () => School, ref: true })
  school!: Ref<School>;

  /** The home school's local authority when the placement was made: it is notified and oversees it. */
  @ManyToOne({ entity: () => LocalAuthority, ref: true, fieldName: 'la_id' })
  localAuthority!: Ref<LocalAuthority>;

  @ManyToOne({ entity: () => Provider, ref: true })
  provider!: Ref<Provider>;

  /** Every site the pupil may attend (KCSIE: know where pupils are). */
  @ManyToMany({ entity: () => ProviderSite, owner: true, pivotTable: 'placement_site', joinColumn: 'placement_id', inverseJoinColumn: 'site_id' })
  sites = new Collection<ProviderSite>(this);

  @Field(() => PlacementStatus, { description: 'Where the placement is in its life.' })
  @Enum({ items: () => PlacementStatus, type: 'text' })
  status: PlacementStatus = PlacementStatus.DRAFT;

  @ManyToOne({ entity: () => PlacementReason, ref: true })
  reason!: Ref<PlacementReason>;

  @Field(() => LegalBasis, { description: 'Legal basis of the placement.' })
  @Enum({ items: () => LegalBasis, type: 'text' })
  legalBasis!: LegalBasis;

  @Field(() => String, { nullable: true, description: 'The graduated response already tried (assess, plan, do, review; internal interventions).' })
  @Property({ type: 'text', nullable: true })
  graduatedResponse?: string | null;

  @Field(() => String, { nullable: true, description: 'How the parent or carer was involved in the decision.' })
  @Property({ type: 'text', nullable: true })
  parentInvolvement?: string | null;

  @Field(() => String, { nullable: true, description: "The pupil's own views on the referral." })
  @Property({ type: 'text', nullable: true })
  pupilViews?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Off-site direction: date written notice was given to the parent (at least 2 school days before the start).' })
  @Property({ type: 'date', nullable: true })
  parentNoticeGivenOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'EHC plan: date the SEND caseworker was told, before arranging.' })
  @Property({ type: 'date', nullable: true })
  sendCaseworkerNotifiedOn?: string | null;

  @Field(() => Boolean, { description: 'The pupil is dual-registered at the provider (register code D).' })
  @Property({ type: 'boolean' })
  dualRegistered: boolean = false;

  @Field(() => Number, { description: 'Hours a week the pupil is still taught at the home school alongside the placement.' })
  @Property({ type: 'double' })
  homeSchoolHoursPerWeek: number = 0;

  @Field(() => Boolean, { description: "Full-time education is medically inappropriate for the pupil (Dormston's exception to full-time in total)." })
  @Property({ type: 'boolean' })
  fullTimeMedicallyInappropriate: boolean = false;

  @Field(() => PersonalisedPlan, { description: 'The personalised plan.' })
  @Embedded({ entity: () => PersonalisedPlan, prefix: 'plan_' })
  plan: PersonalisedPlan = new PersonalisedPlan();

  /** Null until the referral is sent; the provider then sees this, never the pupil record. */
  @Embedded({ entity: () => SharedPupilSummary, prefix: 'shared_', nullable: true })
  shared?: SharedPupilSummary | null;

  @Field(() => Date, { nullable: true, description: 'When the referral was sent to the provider.' })
  @Property({ type: 'timestamptz', nullable: true })
  proposedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the home school's local authority was notified (automatic on sending)." })
  @Property({ type: 'timestamptz', nullable: true })
  laNotifiedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the agreement had every signature.' })
  @Property({ type: 'timestamptz', nullable: true })
  agreedAt?: Date | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day the pupil started.' })
  @Property({ type: 'date', nullable: true })
  startedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The last day of the placement.' })
  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the placement ended (or was cancelled).' })
  @Property({ type: 'text', nullable: true })
  endReason?: string | null;

  @Field(() => Destination, { nullable: true, description: "The pupil's next destination." })
  @Enum({ items: () => Destination, type: 'text', nullable: true })
  destination?: Destination | null;

  @Field(() => String, { nullable: true, description: 'Detail of the destination (school, college, course or employer).' })
  @Property({ type: 'text', nullable: true })
  destinationDetail?: string | null;

  @Property({ type: 'uuid' })
  createdById!: string;

  @Field(() => Date, { description: 'When the referral was started.' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the placement last changed.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
