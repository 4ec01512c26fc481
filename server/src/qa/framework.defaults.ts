import { EvidenceTypeCode as E } from './evidence-catalogue.js';
import { QaRatingScale } from './framework.entity.js';
import type { DraftContent } from './framework.rules.js';

const SAFEGUARDING = {
  title: 'Safeguarding and child protection',
  guidance:
    'A safeguarding and child protection policy reviewed since the current Keeping children safe in education took effect (1 September), covering online safety, allegations against staff and whistleblowing. A named DSL trained in the last two years; all staff trained every year. Pupils are never allowed to leave the site unattended.',
  evidenceTypes: [E.SAFEGUARDING_POLICY, E.STAFF_CHECKS_CONFIRMATION, E.DSL_TRAINING, E.STAFF_SAFEGUARDING_TRAINING],
};
const SAFER_RECRUITMENT = {
  title: 'Safer recruitment and suitability of staff',
  guidance:
    'Written confirmation that everyone working with pupils has an enhanced DBS check with barred list, identity, right to work, qualification, prohibition and section 128 checks, kept on a single central record, and an undertaking to tell commissioners about staff changes. DBS certificates themselves are not kept.',
  evidenceTypes: [E.STAFF_CHECKS_CONFIRMATION],
};
const INSURANCE = {
  title: 'Insurance',
  guidance: 'Employers’ liability cover of at least £5 million and public liability cover, in date, covering every site and activity pupils attend.',
  evidenceTypes: [E.EMPLOYERS_LIABILITY_INSURANCE, E.PUBLIC_LIABILITY_INSURANCE],
};
const HEALTH_AND_SAFETY = {
  title: 'Health, safety and premises',
  guidance:
    'A health and safety policy; site and activity risk assessments reviewed in the last year; a fire risk assessment, evacuation plan and drill log for each site; trained first aiders on site whenever pupils attend.',
  evidenceTypes: [E.HEALTH_AND_SAFETY_POLICY, E.RISK_ASSESSMENTS, E.FIRE_RISK_ASSESSMENT, E.FIRST_AID],
};
const BEHAVIOUR = {
  title: 'Behaviour and physical intervention',
  guidance:
    'A behaviour policy saying when and how staff may use physical intervention, how it is recorded and reported to the commissioning school. Pupils with a behaviour risk assessment are only placed where staff are Team Teach (or equivalent) trained.',
  evidenceTypes: [E.BEHAVIOUR_POLICY, E.TEAM_TEACH_TRAINING],
};
const ATTENDANCE = {
  title: 'Attendance recording and reporting',
  guidance:
    'Attendance recorded every AM and PM session; absence reported to the commissioning school the same day, and at once for a pupil with a social worker; registers available for the school census and for LA checks.',
  evidenceTypes: [E.ATTENDANCE_PROCEDURE],
};
const DATA_PROTECTION = {
  title: 'Data protection',
  guidance: 'A data protection policy under UK GDPR: how pupils’ records are kept, shared with schools and the LA, and disposed of.',
  evidenceTypes: [E.DATA_PROTECTION_POLICY],
};
const COMPLAINTS = {
  title: 'Complaints',
  guidance: 'A complaints procedure that pupils, parents and carers and schools can use, with timescales for a response.',
  evidenceTypes: [E.COMPLAINTS_PROCEDURE],
};
const QUALITY_OF_EDUCATION = {
  title: 'Quality of education and curriculum offer',
  guidance:
    'A broad curriculum including English and maths, with accredited outcomes where pupils are full-time; a personalised plan per pupil with a baseline, objectives and review dates; progress reported to the school at least termly; a planned route back to school or on to post-16.',
  evidenceTypes: [E.CURRICULUM_AND_STAFF_QUALIFICATIONS],
};

/**
 * Each demo LA's framework (domain.md §5.2). Doncaster's is the "DMBC QA Framework" that The Levett
 * School's policy requires providers to be approved through; Dudley's follows the Independent School
 * Standards headings Dormston School's policy uses; Rotherham's the DfE voluntary national standards
 * for non-school AP; Leicestershire's asks for Team Teach as ALP Leicester's policy does.
 */
export const DEFAULT_FRAMEWORKS: Record<string, DraftContent> = {
  doncaster: {
    name: 'DMBC QA Framework',
    description:
      'City of Doncaster Council’s quality-assurance framework for alternative provision. Doncaster schools commission only providers registered and approved through it. Providers are assessed against each criterion (red, amber, green) with one LA QA visit a year; amber and red need an action plan.',
    ratingScale: QaRatingScale.RAG,
    visitsPerYear: 1,
    monthsBetweenVisits: null,
    criteria: [
      { code: 'SG1', ...SAFEGUARDING },
      { code: 'SR1', ...SAFER_RECRUITMENT },
      { code: 'INS1', ...INSURANCE },
      { code: 'HS1', ...HEALTH_AND_SAFETY },
      { code: 'BH1', ...BEHAVIOUR },
      { code: 'AT1', ...ATTENDANCE },
      { code: 'DP1', ...DATA_PROTECTION },
      { code: 'CP1', ...COMPLAINTS },
      { code: 'QE1', ...QUALITY_OF_EDUCATION },
    ],
  },
  rotherham: {
    name: 'Rotherham Alternative Provision Quality Standards',
    description:
      'Rotherham’s assessment of alternative provision against the DfE voluntary national standards for non-school AP (August 2025), with insurance and data protection checks. Reviewed annually with one monitoring visit.',
    ratingScale: QaRatingScale.RAG,
    visitsPerYear: 1,
    monthsBetweenVisits: null,
    criteria: [
      { code: 'STD1', ...SAFEGUARDING, title: 'Standard 1: Safeguarding and wellbeing of children' },
      { code: 'STD1.1', ...SAFER_RECRUITMENT, title: 'Standard 1.1: Staff checks confirmed in writing to each commissioner' },
      { code: 'STD2', ...HEALTH_AND_SAFETY, title: 'Standard 2: Health and safety' },
      {
        code: 'STD3',
        title: 'Standard 3: Admissions, support and guidance',
        guidance:
          'Non-discriminatory admissions; full records of each pupil’s needs (EHC plan, health plan, exclusion history); induction with a baseline assessment and an individual learning plan; session-by-session attendance with prompt follow-up of absence.',
        evidenceTypes: [E.ADMISSIONS_POLICY, E.ATTENDANCE_PROCEDURE, E.BEHAVIOUR_POLICY],
      },
      { code: 'STD4', ...QUALITY_OF_EDUCATION, title: 'Standard 4: Quality of education' },
      { code: 'INS', ...INSURANCE },
      { code: 'DP', ...DATA_PROTECTION },
    ],
  },
  dudley: {
    name: 'Dudley AP Quality Framework',
    description:
      'Dudley’s pass/fail check of alternative provision under the Independent School Standards headings, so registered and non-school providers are judged alike. A monitoring visit every 12 months.',
    ratingScale: QaRatingScale.PASS_FAIL,
    visitsPerYear: null,
    monthsBetweenVisits: 12,
    criteria: [
      { code: 'ISS1', ...QUALITY_OF_EDUCATION, title: 'Quality of education provided' },
      {
        code: 'ISS2',
        title: 'Spiritual, moral, social and cultural development',
        guidance: 'Pupils learn fundamental British values, respect for others and the protected characteristics; relationships, sex and health education is planned.',
        evidenceTypes: [E.RSHE_POLICY, E.EQUALITY_STATEMENT],
      },
      {
        code: 'ISS3',
        title: 'Welfare, health and safety of pupils',
        guidance: `${SAFEGUARDING.guidance} ${BEHAVIOUR.guidance}`,
        evidenceTypes: [E.SAFEGUARDING_POLICY, E.DSL_TRAINING, E.BEHAVIOUR_POLICY, E.HEALTH_AND_SAFETY_POLICY, E.FIRST_AID],
      },
      { code: 'ISS4', ...SAFER_RECRUITMENT, title: 'Suitability of staff and proprietors' },
      {
        code: 'ISS5',
        title: 'Premises and accommodation',
        guidance: 'Safe, suitable premises for every site pupils attend, with risk assessments, a fire risk assessment and evacuation plan, and insurance in date.',
        evidenceTypes: [E.RISK_ASSESSMENTS, E.FIRE_RISK_ASSESSMENT, E.EMPLOYERS_LIABILITY_INSURANCE, E.PUBLIC_LIABILITY_INSURANCE],
      },
      {
        code: 'ISS6',
        title: 'Provision of information',
        guidance: 'Parents, carers and schools can see the provider’s policies, attendance arrangements and contact details; pupils’ data is handled lawfully.',
        evidenceTypes: [E.ADMISSIONS_POLICY, E.ATTENDANCE_PROCEDURE, E.DATA_PROTECTION_POLICY],
      },
      { code: 'ISS7', ...COMPLAINTS, title: 'Manner in which complaints are handled' },
    ],
  },
  leicestershire: {
    name: 'Leicestershire AP Quality Assurance Framework',
    description:
      'Leicestershire’s quality assurance of alternative provision used by its schools and the LA: red, amber, green against each criterion, with up to two LA monitoring visits a year.',
    ratingScale: QaRatingScale.RAG,
    visitsPerYear: 2,
    monthsBetweenVisits: null,
    criteria: [
      { code: 'SG1', ...SAFEGUARDING },
      { code: 'SG2', ...SAFER_RECRUITMENT },
      { code: 'BH1', ...BEHAVIOUR },
      { code: 'HS1', ...HEALTH_AND_SAFETY },
      { code: 'INS1', ...INSURANCE },
      { code: 'AT1', ...ATTENDANCE },
      { code: 'QE1', ...QUALITY_OF_EDUCATION },
    ],
  },
};
