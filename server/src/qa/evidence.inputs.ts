import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EvidenceTypeCode } from './evidence-catalogue.js';

@InputType('AddEvidenceVersionInput', {
  description: 'A new version of one kind of evidence for your provider: the uploaded document (POST /files), its dates, and the details its type needs (EvidenceType.details).',
})
export class AddEvidenceVersionInput {
  @Field(() => EvidenceTypeCode, { description: 'Which kind of evidence.' })
  type!: EvidenceTypeCode;

  @Field(() => ID, { description: 'The document, uploaded by your organisation with POST /files.' })
  documentId!: string;

  @Field(() => String, { nullable: true, description: 'Who issued it; required when the type has an issuerLabel.' })
  issuer?: string | null;

  @Field(() => LocalDateResolver, { description: 'The first day it applies.' })
  validFrom!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The expiry or review-due date, after validFrom. Left out: the day before validFrom plus the type’s renewalMonths.',
  })
  expiresOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Insurance cover in whole pounds (types with COVER_AMOUNT).' })
  coverAmount?: number | null;

  @Field(() => Int, { nullable: true, description: 'The KCSIE edition the checks follow, e.g. 2025 (types with KCSIE_YEAR).' })
  kcsieYear?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Must be true: you will tell commissioners about changes that may put a child at risk (types with REPORTS_CHANGES_UNDERTAKING).' })
  reportsChangesUndertaking?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'How many staff are trained (types with TRAINED_STAFF_COUNT).' })
  trainedStaffCount?: number | null;

  @Field(() => String, { nullable: true, description: 'The course or its equivalent (types with COURSE_NAME).' })
  courseName?: string | null;
}
