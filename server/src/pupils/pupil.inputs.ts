import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PupilSex } from './pupil.entity.js';

@InputType('PupilFilter', { description: 'Narrows a list of pupils. Flags left out (or null) do not filter; true keeps pupils with the flag, false those without.' })
export class PupilFilter {
  @Field(() => String, { nullable: true, description: 'Part of a legal or preferred name, or of the UPN; case does not matter. Several words must all match.' })
  search?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only this national curriculum year group (0 is Reception).' })
  yearGroup?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Has an EHC plan.' })
  ehcPlan?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Receives SEN support.' })
  senSupport?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Looked after by a local authority.' })
  lookedAfter?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Has an allocated social worker.' })
  hasSocialWorker?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Has a youth offending team worker.' })
  hasYouthOffendingWorker?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Has a behaviour risk assessment.' })
  behaviourRiskAssessment?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Has medical needs recorded.' })
  medicalNeeds?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Local authority officers: only pupils on the roll of this school, one of the LA’s schools.' })
  schoolId?: string | null;
}

@InputType('PupilInput', {
  description: 'A pupil’s record on your school’s roll. Every field is set as given: an optional field left out is cleared.',
})
export class PupilInput {
  @Field(() => String, { description: 'Unique pupil number: 13 characters with its check letter; spaces and case do not matter.' })
  upn!: string;

  @Field(() => String, { description: 'Legal surname, up to 100 characters.' })
  legalSurname!: string;

  @Field(() => String, { description: 'Legal forename, up to 100 characters.' })
  legalForename!: string;

  @Field(() => String, { nullable: true, description: 'Preferred surname, if different.' })
  preferredSurname?: string | null;

  @Field(() => String, { nullable: true, description: 'Preferred forename, if different.' })
  preferredForename?: string | null;

  @Field(() => String, { description: 'Date of birth, YYYY-MM-DD: a real date, for a pupil aged 2 to 19.' })
  dateOfBirth!: string;

  @Field(() => PupilSex, { description: 'Sex as the census records it.' })
  sex!: PupilSex;

  @Field(() => Int, { description: 'National curriculum year group: 0 (Reception) to 13.' })
  yearGroup!: number;

  @Field(() => Boolean, { defaultValue: false, description: 'Has an EHC plan.' })
  ehcPlan: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: 'Receives SEN support; not together with an EHC plan.' })
  senSupport: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: 'Looked after by a local authority.' })
  lookedAfter: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: 'Has a behaviour risk assessment.' })
  behaviourRiskAssessment: boolean = false;

  @Field(() => String, { nullable: true, description: 'Allocated social worker’s name; required when a social worker contact is given.' })
  socialWorkerName?: string | null;

  @Field(() => String, { nullable: true, description: 'Social worker’s phone or e-mail.' })
  socialWorkerContact?: string | null;

  @Field(() => String, { nullable: true, description: 'Youth offending team worker’s name; required when their contact is given.' })
  youthOffendingWorkerName?: string | null;

  @Field(() => String, { nullable: true, description: 'Youth offending team worker’s phone or e-mail.' })
  youthOffendingWorkerContact?: string | null;

  @Field(() => String, { nullable: true, description: 'Medical needs a provider must know about, up to 2,000 characters.' })
  medicalNeeds?: string | null;

  @Field(() => String, { nullable: true, description: 'Parent or carer to contact in an emergency; required with a phone number.' })
  emergencyContactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Emergency contact’s UK phone number; required with a name.' })
  emergencyContactPhone?: string | null;
}

@InputType('UpdatePupilInput', { description: 'A pupil’s record replaced as a whole (as the edit form sends it).' })
export class UpdatePupilInput extends PupilInput {
  @Field(() => ID, { description: 'The pupil.' })
  id!: string;
}

@InputType('ImportPupilsInput', { description: 'A CSV export of the school MIS: a header row, then one pupil a line.' })
export class ImportPupilsInput {
  @Field(() => String, {
    description:
      'The file’s text. Columns (any order, case ignored): UPN; Legal Surname (or Surname); Legal Forename (or Forename, First name); ' +
      'DOB (or Date of Birth; DD/MM/YYYY or YYYY-MM-DD); Sex (or Gender; F, M, U, Female, Male); Year (or Year Group, NC Year: 9, Year 9, R, Reception). ' +
      'Optional: Preferred Surname; Preferred Forename; SEN status (E = EHC plan, K = SEN support, N = none); Looked After (Y/N).',
  })
  csv!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Save the valid rows even when others are rejected. Otherwise any rejected row stops the whole import.' })
  skipInvalidRows: boolean = false;
}

@ObjectType('FieldProblem', { description: 'Why one field of a record was rejected.' })
export class FieldProblem {
  @Field(() => String, { description: 'The field (a PupilInput field name; senStatus for the SEN status column).' })
  field!: string;

  @Field(() => String, { description: 'What is wrong, GOV.UK style.' })
  message!: string;
}

@ObjectType('RejectedPupilRow', { description: 'A row of an imported file that could not be saved.' })
export class RejectedPupilRow {
  @Field(() => Int, { description: 'Line number in the file (the header is line 1).' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'The row’s UPN as written, when it has one.' })
  upn!: string | null;

  @Field(() => [FieldProblem], { description: 'Every problem with the row.' })
  problems!: FieldProblem[];
}

@ObjectType('PupilImportResult', { description: 'What an import did, row by row.' })
export class PupilImportResult {
  @Field(() => Boolean, { description: 'Whether anything was saved: false when a row was rejected and skipInvalidRows was not set.' })
  applied!: boolean;

  @Field(() => Int, { description: 'Pupils added to the roll (0 when not applied).' })
  created!: number;

  @Field(() => Int, { description: 'Pupils already on the roll (same UPN) whose MIS details were updated (0 when not applied).' })
  updated!: number;

  @Field(() => Int, { description: 'Pupil rows in the file.' })
  rows!: number;

  @Field(() => [RejectedPupilRow], { description: 'Rows with problems, in file order; never saved.' })
  rejected!: RejectedPupilRow[];
}
