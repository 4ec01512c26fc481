import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** One code per item of the consolidated provider evidence catalogue (domain.md §5.3). */
export enum EvidenceTypeCode {
  EMPLOYERS_LIABILITY_INSURANCE = 'EMPLOYERS_LIABILITY_INSURANCE',
  PUBLIC_LIABILITY_INSURANCE = 'PUBLIC_LIABILITY_INSURANCE',
  PROFESSIONAL_INDEMNITY_INSURANCE = 'PROFESSIONAL_INDEMNITY_INSURANCE',
  LEGAL_ENTITY = 'LEGAL_ENTITY',
  FINANCIAL_STANDING = 'FINANCIAL_STANDING',
  SAFEGUARDING_POLICY = 'SAFEGUARDING_POLICY',
  STAFF_CHECKS_CONFIRMATION = 'STAFF_CHECKS_CONFIRMATION',
  DSL_TRAINING = 'DSL_TRAINING',
  STAFF_SAFEGUARDING_TRAINING = 'STAFF_SAFEGUARDING_TRAINING',
  BEHAVIOUR_POLICY = 'BEHAVIOUR_POLICY',
  TEAM_TEACH_TRAINING = 'TEAM_TEACH_TRAINING',
  HEALTH_AND_SAFETY_POLICY = 'HEALTH_AND_SAFETY_POLICY',
  RISK_ASSESSMENTS = 'RISK_ASSESSMENTS',
  FIRE_RISK_ASSESSMENT = 'FIRE_RISK_ASSESSMENT',
  FIRST_AID = 'FIRST_AID',
  DATA_PROTECTION_POLICY = 'DATA_PROTECTION_POLICY',
  COMPLAINTS_PROCEDURE = 'COMPLAINTS_PROCEDURE',
  ATTENDANCE_PROCEDURE = 'ATTENDANCE_PROCEDURE',
  ADMISSIONS_POLICY = 'ADMISSIONS_POLICY',
  EQUALITY_STATEMENT = 'EQUALITY_STATEMENT',
  RSHE_POLICY = 'RSHE_POLICY',
  EDUCATIONAL_VISITS_POLICY = 'EDUCATIONAL_VISITS_POLICY',
  CURRICULUM_AND_STAFF_QUALIFICATIONS = 'CURRICULUM_AND_STAFF_QUALIFICATIONS',
}

export enum EvidenceCategory {
  INSURANCE = 'INSURANCE',
  ORGANISATION = 'ORGANISATION',
  SAFEGUARDING = 'SAFEGUARDING',
  BEHAVIOUR = 'BEHAVIOUR',
  HEALTH_AND_SAFETY = 'HEALTH_AND_SAFETY',
  POLICIES = 'POLICIES',
  CURRICULUM = 'CURRICULUM',
}

/** Facts a version must record besides its document and dates, depending on its type. */
export enum EvidenceDetail {
  COVER_AMOUNT = 'COVER_AMOUNT',
  KCSIE_YEAR = 'KCSIE_YEAR',
  REPORTS_CHANGES_UNDERTAKING = 'REPORTS_CHANGES_UNDERTAKING',
  TRAINED_STAFF_COUNT = 'TRAINED_STAFF_COUNT',
  COURSE_NAME = 'COURSE_NAME',
}

registerEnumType(EvidenceTypeCode, {
  name: 'EvidenceTypeCode',
  description: 'A kind of evidence in the shared provider QA record; `evidenceCatalogue` describes each.',
});
registerEnumType(EvidenceCategory, {
  name: 'EvidenceCategory',
  description: 'The heading a kind of evidence is listed under.',
  valuesConfig: {
    INSURANCE: { description: 'Insurance certificates.' },
    ORGANISATION: { description: 'Legal entity and financial standing.' },
    SAFEGUARDING: { description: 'Safeguarding policy, staff checks and training (KCSIE).' },
    BEHAVIOUR: { description: 'Behaviour and physical intervention.' },
    HEALTH_AND_SAFETY: { description: 'Health and safety, risk assessments, fire and first aid.' },
    POLICIES: { description: 'Other policies and procedures.' },
    CURRICULUM: { description: 'Curriculum offer and staff qualifications.' },
  },
});
registerEnumType(EvidenceDetail, {
  name: 'EvidenceDetail',
  description: 'A fact a version of this kind of evidence must record besides its document and dates.',
  valuesConfig: {
    COVER_AMOUNT: { description: 'Insurance cover, in whole pounds (`coverAmount`).' },
    KCSIE_YEAR: { description: 'The edition of Keeping children safe in education the checks follow (`kcsieYear`).' },
    REPORTS_CHANGES_UNDERTAKING: {
      description: 'The provider undertakes to tell commissioners about changes that may put a child at risk, e.g. staff changes (`reportsChangesUndertaking`, must be true).',
    },
    TRAINED_STAFF_COUNT: { description: 'How many staff hold the training (`trainedStaffCount`).' },
    COURSE_NAME: { description: 'The course, or its equivalent, the staff completed (`courseName`).' },
  },
});

@ObjectType('EvidenceType', { description: 'One kind of evidence a provider keeps in its shared QA record (domain.md §5.3).' })
export class EvidenceType {
  @Field(() => EvidenceTypeCode, { description: 'Stable code.' })
  code!: EvidenceTypeCode;

  @Field(() => String, { description: 'What it is called, e.g. "Employers’ liability insurance".' })
  title!: string;

  @Field(() => String, { description: 'What to provide, in plain English.' })
  guidance!: string;

  @Field(() => EvidenceCategory, { description: 'The heading it is listed under.' })
  category!: EvidenceCategory;

  @Field(() => Boolean, { description: 'Whether every provider is expected to hold it (false: only when a commissioner asks).' })
  required!: boolean;

  @Field(() => Int, { description: 'Usual months between renewals or reviews; the default expiry date is this many months after the start date, less a day.' })
  renewalMonths!: number;

  @Field(() => String, { nullable: true, description: 'Label for who issued it (e.g. "Insurer"), when an issuer must be named; null when it is the provider’s own document.' })
  issuerLabel!: string | null;

  @Field(() => [EvidenceDetail], { description: 'Facts each version must record besides its document and dates.' })
  details!: EvidenceDetail[];

  @Field(() => Int, { nullable: true, description: 'Smallest insurance cover accepted, in whole pounds (employers’ liability: the £5,000,000 statutory minimum).' })
  minimumCoverAmount!: number | null;

  @Field(() => [String], { description: 'Examples of who asks for it (LA frameworks, statutory guidance).' })
  requiredBy!: string[];
}

type Entry = Omit<EvidenceType, 'details' | 'minimumCoverAmount' | 'issuerLabel' | 'required'> &
  Partial<Pick<EvidenceType, 'details' | 'minimumCoverAmount' | 'issuerLabel' | 'required'>>;

const entry = (value: Entry): EvidenceType =>
  Object.assign(new EvidenceType(), { details: [], minimumCoverAmount: null, issuerLabel: null, required: true, ...value });

/** Employers' liability insurance: the statutory minimum cover in England. */
export const EMPLOYERS_LIABILITY_MINIMUM = 5_000_000;

/** The catalogue, in the order the QA record lists it. Renewal cycles marked [U] in domain.md are defaults a provider can override per version. */
export const EVIDENCE_CATALOGUE: readonly EvidenceType[] = [
  entry({
    code: EvidenceTypeCode.EMPLOYERS_LIABILITY_INSURANCE,
    title: 'Employers’ liability insurance',
    guidance: 'Upload the current certificate. Cover must be at least £5 million (the legal minimum). Give the policy start and expiry dates from the certificate.',
    category: EvidenceCategory.INSURANCE,
    renewalMonths: 12,
    issuerLabel: 'Insurer',
    details: [EvidenceDetail.COVER_AMOUNT],
    minimumCoverAmount: EMPLOYERS_LIABILITY_MINIMUM,
    requiredBy: ['Employers’ Liability (Compulsory Insurance) Act 1969', 'North West SEND FPS', 'Ealing checklist', 'Somerset directory'],
  }),
  entry({
    code: EvidenceTypeCode.PUBLIC_LIABILITY_INSURANCE,
    title: 'Public liability insurance',
    guidance: 'Upload the current certificate, covering pupils on every site and activity you offer. Give the amount of cover and the policy dates.',
    category: EvidenceCategory.INSURANCE,
    renewalMonths: 12,
    issuerLabel: 'Insurer',
    details: [EvidenceDetail.COVER_AMOUNT],
    requiredBy: ['North West SEND FPS', 'Ealing checklist', 'Somerset directory'],
  }),
  entry({
    code: EvidenceTypeCode.PROFESSIONAL_INDEMNITY_INSURANCE,
    title: 'Professional indemnity insurance',
    guidance: 'Only when a commissioner asks for it, for example for therapeutic or advisory services. Upload the certificate and give the amount of cover.',
    category: EvidenceCategory.INSURANCE,
    required: false,
    renewalMonths: 12,
    issuerLabel: 'Insurer',
    details: [EvidenceDetail.COVER_AMOUNT],
    requiredBy: ['North West SEND FPS (as required)'],
  }),
  entry({
    code: EvidenceTypeCode.LEGAL_ENTITY,
    title: 'Legal entity',
    guidance: 'Proof of who runs the provision: Companies House or Charity Commission registration, or the sole trader’s details.',
    category: EvidenceCategory.ORGANISATION,
    renewalMonths: 12,
    requiredBy: ['North West SEND FPS finance checks', 'UK Register of Learning Providers'],
  }),
  entry({
    code: EvidenceTypeCode.FINANCIAL_STANDING,
    title: 'Financial standing',
    guidance: 'Your latest filed accounts, or an accountant’s letter if you do not file accounts.',
    category: EvidenceCategory.ORGANISATION,
    renewalMonths: 12,
    requiredBy: ['North West SEND FPS', 'Oxfordshire DPS', 'Redcar and Cleveland'],
  }),
  entry({
    code: EvidenceTypeCode.SAFEGUARDING_POLICY,
    title: 'Safeguarding and child protection policy',
    guidance: 'Including online safety, the procedure for allegations against staff, and whistleblowing. Review it each September when Keeping children safe in education is updated.',
    category: EvidenceCategory.SAFEGUARDING,
    renewalMonths: 12,
    requiredBy: ['Keeping children safe in education', 'Voluntary national standard 1', 'North West SEND FPS Lot 7', 'Ealing checklist'],
  }),
  entry({
    code: EvidenceTypeCode.STAFF_CHECKS_CONFIRMATION,
    title: 'Written confirmation of staff checks',
    guidance:
      'A signed letter confirming the checks on everyone who works with pupils (enhanced DBS with barred list, identity, right to work, qualifications, prohibition and section 128 checks, medical fitness, agency confirmations), and that you will tell commissioners about anything that may put a child at risk, such as staff changes. Do not upload DBS certificates.',
    category: EvidenceCategory.SAFEGUARDING,
    renewalMonths: 12,
    details: [EvidenceDetail.KCSIE_YEAR, EvidenceDetail.REPORTS_CHANGES_UNDERTAKING],
    requiredBy: ['Keeping children safe in education 2025', 'Voluntary national standard 1.1', 'Ealing checklist'],
  }),
  entry({
    code: EvidenceTypeCode.DSL_TRAINING,
    title: 'Designated safeguarding lead training',
    guidance: 'The DSL’s certificate from their most recent DSL training. DSLs usually refresh it every two years.',
    category: EvidenceCategory.SAFEGUARDING,
    renewalMonths: 24,
    issuerLabel: 'Training provider',
    requiredBy: ['Keeping children safe in education', 'Voluntary national standard 1', 'Derbyshire directory'],
  }),
  entry({
    code: EvidenceTypeCode.STAFF_SAFEGUARDING_TRAINING,
    title: 'Staff safeguarding training',
    guidance: 'A record of annual safeguarding training for all staff, with the date it was delivered.',
    category: EvidenceCategory.SAFEGUARDING,
    renewalMonths: 12,
    issuerLabel: 'Training provider',
    requiredBy: ['Voluntary national standard 1', 'Derbyshire directory'],
  }),
  entry({
    code: EvidenceTypeCode.BEHAVIOUR_POLICY,
    title: 'Behaviour policy, including physical intervention',
    guidance: 'How you promote good behaviour, and when and how staff may use physical intervention, recording and reporting it.',
    category: EvidenceCategory.BEHAVIOUR,
    renewalMonths: 12,
    requiredBy: ['North West SEND FPS Lot 7', 'Norfolk templates 01 and 02', 'ALP Leicester AP policy'],
  }),
  entry({
    code: EvidenceTypeCode.TEAM_TEACH_TRAINING,
    title: 'Team Teach (or equivalent) training',
    guidance: 'Certificates for staff trained in positive handling. Say how many staff are trained and the course (Team Teach or an equivalent). Use the expiry date on the certificates.',
    category: EvidenceCategory.BEHAVIOUR,
    renewalMonths: 12,
    issuerLabel: 'Training provider',
    details: [EvidenceDetail.TRAINED_STAFF_COUNT, EvidenceDetail.COURSE_NAME],
    requiredBy: ['ALP Leicester AP policy', 'Norfolk template 01'],
  }),
  entry({
    code: EvidenceTypeCode.HEALTH_AND_SAFETY_POLICY,
    title: 'Health and safety policy',
    guidance: 'Your health and safety policy, covering every site pupils attend.',
    category: EvidenceCategory.HEALTH_AND_SAFETY,
    renewalMonths: 12,
    requiredBy: ['Voluntary national standard 2', 'Ealing checklist', 'North West SEND FPS Lot 7'],
  }),
  entry({
    code: EvidenceTypeCode.RISK_ASSESSMENTS,
    title: 'Site and activity risk assessments',
    guidance: 'Risk assessments for each site and each activity. Review them every year and whenever something changes; individual pupil risk assessments belong to each placement.',
    category: EvidenceCategory.HEALTH_AND_SAFETY,
    renewalMonths: 12,
    requiredBy: ['Voluntary national standard 2', 'Ealing checklist', 'Norfolk template 01'],
  }),
  entry({
    code: EvidenceTypeCode.FIRE_RISK_ASSESSMENT,
    title: 'Fire risk assessment',
    guidance: 'The fire risk assessment for each site, with the evacuation plan and the log of fire drills.',
    category: EvidenceCategory.HEALTH_AND_SAFETY,
    renewalMonths: 12,
    issuerLabel: 'Assessor',
    requiredBy: ['Voluntary national standard 2', 'Regulatory Reform (Fire Safety) Order 2005'],
  }),
  entry({
    code: EvidenceTypeCode.FIRST_AID,
    title: 'First aid cover',
    guidance: 'First aid at work certificates for the staff who give first aid cover on each site. Certificates last three years.',
    category: EvidenceCategory.HEALTH_AND_SAFETY,
    renewalMonths: 36,
    issuerLabel: 'Training provider',
    requiredBy: ['Voluntary national standard 2', 'Health and Safety (First-Aid) Regulations 1981'],
  }),
  entry({
    code: EvidenceTypeCode.DATA_PROTECTION_POLICY,
    title: 'Data protection policy',
    guidance: 'How you keep pupils’ personal data under UK GDPR, or the commissioner’s information governance questionnaire.',
    category: EvidenceCategory.POLICIES,
    renewalMonths: 12,
    requiredBy: ['North West SEND FPS (IG questionnaire)', 'Ealing checklist', 'Derbyshire directory'],
  }),
  entry({
    code: EvidenceTypeCode.COMPLAINTS_PROCEDURE,
    title: 'Complaints procedure',
    guidance: 'How pupils, parents and carers and schools can complain, and how you respond.',
    category: EvidenceCategory.POLICIES,
    renewalMonths: 12,
    requiredBy: ['North West SEND FPS Lot 7', 'Dormston School AP policy'],
  }),
  entry({
    code: EvidenceTypeCode.ATTENDANCE_PROCEDURE,
    title: 'Attendance and absence-reporting procedure',
    guidance: 'How you record attendance each session and tell the commissioning school about absence the same day.',
    category: EvidenceCategory.POLICIES,
    renewalMonths: 12,
    requiredBy: ['Voluntary national standard 3', 'North West SEND FPS Lot 7', 'Ealing checklist'],
  }),
  entry({
    code: EvidenceTypeCode.ADMISSIONS_POLICY,
    title: 'Admissions policy',
    guidance: 'How you admit pupils, and how you keep your admissions register.',
    category: EvidenceCategory.POLICIES,
    renewalMonths: 12,
    requiredBy: ['Ealing checklist'],
  }),
  entry({
    code: EvidenceTypeCode.EQUALITY_STATEMENT,
    title: 'Equality statement',
    guidance: 'Your equality statement or policy.',
    category: EvidenceCategory.POLICIES,
    renewalMonths: 12,
    requiredBy: ['Ealing checklist', 'Derbyshire directory'],
  }),
  entry({
    code: EvidenceTypeCode.RSHE_POLICY,
    title: 'Relationships, sex and health education policy',
    guidance: 'Your RSHE (or SRE) policy.',
    category: EvidenceCategory.POLICIES,
    renewalMonths: 12,
    requiredBy: ['Ealing checklist'],
  }),
  entry({
    code: EvidenceTypeCode.EDUCATIONAL_VISITS_POLICY,
    title: 'Educational visits policy',
    guidance: 'How you plan, approve and supervise trips and off-site activities.',
    category: EvidenceCategory.POLICIES,
    renewalMonths: 12,
    requiredBy: ['Ealing checklist'],
  }),
  entry({
    code: EvidenceTypeCode.CURRICULUM_AND_STAFF_QUALIFICATIONS,
    title: 'Curriculum offer and staff qualifications',
    guidance: 'Your curriculum offer and the qualifications of the staff who teach it.',
    category: EvidenceCategory.CURRICULUM,
    renewalMonths: 12,
    requiredBy: ['Wokingham due diligence form', 'Redcar and Cleveland'],
  }),
];

const BY_CODE = new Map(EVIDENCE_CATALOGUE.map((type) => [type.code, type]));

export function evidenceType(code: EvidenceTypeCode): EvidenceType {
  const type = BY_CODE.get(code);
  if (!type) throw new Error(`Evidence type ${code} is not in the catalogue`);
  return type;
}
