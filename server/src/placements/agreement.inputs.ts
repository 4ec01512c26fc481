import { Field, ID, InputType, Int } from 'type-graphql';
import { AgreementParty, CostBasis, ReportCadence, ReportingCadence, SessionOfDay, SignatureMethod, Weekday } from './agreement.entity.js';

@InputType('TimetableSessionInput', { description: 'A session the pupil attends the provider each week.' })
export class TimetableSessionInput {
  @Field(() => Weekday, { description: 'Day of the week.' })
  weekday!: Weekday;

  @Field(() => SessionOfDay, { description: 'Morning (starts before 12:00) or afternoon (ends after 12:00).' })
  session!: SessionOfDay;

  @Field(() => String, { description: 'Start time, HH:MM (24-hour).' })
  startTime!: string;

  @Field(() => String, { description: 'End time, HH:MM (24-hour), after the start.' })
  endTime!: string;
}

@InputType('UpdateAgreementInput', {
  description: 'The whole content of an unsigned agreement version. Once anyone has signed it, start a new version to change it.',
})
export class UpdateAgreementInput {
  @Field(() => ID, { description: 'The agreement version.' })
  agreementId!: string;

  @Field(() => [String], { description: 'What the provider commits to, one commitment each.' })
  providerCommitments!: string[];

  @Field(() => [String], { description: 'What the school commits to, one commitment each.' })
  schoolCommitments!: string[];

  @Field(() => ReportingCadence, { description: 'How often the provider reports attendance.' })
  attendanceReporting!: ReportingCadence;

  @Field(() => Int, { description: 'Longest gap between reviews, in weeks (1 to 16; half-termly is 6).' })
  reviewIntervalWeeks!: number;

  @Field(() => Int, { description: 'School visits to the pupil each term (0 to 13).' })
  visitsPerTerm!: number;

  @Field(() => ReportCadence, { description: 'How often the provider writes a progress report.' })
  reportCadence!: ReportCadence;

  @Field(() => [TimetableSessionInput], { description: 'The weekly timetable; at least one session before the referral is sent.' })
  timetable!: TimetableSessionInput[];

  @Field(() => String, { nullable: true, description: 'Start date, YYYY-MM-DD.' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Proposed maximum end date, YYYY-MM-DD, after the start (required for an off-site direction).' })
  proposedEndDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Agreed cost in pence.' })
  costPence?: number | null;

  @Field(() => CostBasis, { nullable: true, description: 'What the cost is charged per (required with a cost).' })
  costBasis?: CostBasis | null;

  @Field(() => String, { nullable: true, description: 'Anything else agreed (transport, meals, exam entries).' })
  otherTerms?: string | null;
}

@InputType('SignAgreementInput', {
  description:
    "A party's signature on the current agreement version, once the referral is sent: the school and the provider each sign for themselves (agreement:sign); the school records the parent's or carer's.",
})
export class SignAgreementInput {
  @Field(() => ID, { description: 'The agreement version: the latest one.' })
  agreementId!: string;

  @Field(() => AgreementParty, { description: 'The party signing.' })
  party!: AgreementParty;

  @Field(() => String, { description: 'Name of the person who signed.' })
  signerName!: string;

  @Field(() => String, { nullable: true, description: 'Their role, e.g. "Headteacher", "Mother".' })
  signerRole?: string | null;

  @Field(() => SignatureMethod, { description: 'Signed here, or on paper and recorded here.' })
  method!: SignatureMethod;

  @Field(() => String, { description: 'Date of the signature, YYYY-MM-DD, not in the future.' })
  signedOn!: string;
}
