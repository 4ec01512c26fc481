import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalAuthority, Organisation, School } from '../organisations/organisation.entity.js';
import { ReportCadence, ReportingCadence } from '../placements/agreement.entity.js';
import { QaFramework } from '../qa/framework.entity.js';
import { SchoolApPolicy } from './school-policy.entity.js';

type DemoPolicy = Partial<Omit<SchoolApPolicy, 'requiredFramework'>> & { requiredFramework?: { la: string; name: string } };

/** Each demo school's policy as its seed policy (../shared/seeds) states it; anything a seed leaves unsaid keeps the national default. */
const DEMO_POLICIES: Record<string, DemoPolicy> = {
  // Seed 000: weekly attendance records (4.5, 7.4), termly report (8.2), full-time providers registered and approved (5.3).
  oakfield: {
    attendanceReporting: ReportingCadence.WEEKLY,
    reportCadence: ReportCadence.TERMLY,
    fullTimeProvidersMustBeRegistered: true,
    providerCommitments: [
      'adhere to the Child Protection and Safeguarding Policy held by the school.',
      'contact the school whenever the pupil is absent.',
      'provide the school with attendance details on a weekly basis.',
      'inform the school of any serious behaviour incidents.',
      'raise any safeguarding concerns with the Designated Safeguarding Lead at the school.',
      'facilitate regular visits by a representative from the school.',
      'complete a termly report as part of the school’s monitoring process.',
    ],
    schoolCommitments: [
      'ensure that the alternative provision provider holds copies of the school’s Child Protection and Safeguarding policies.',
      'provide relevant pupil data to help facilitate the transition from the school to the alternative provision provider.',
      'if appropriate, provide details of provision mapping and other relevant information to the alternative provision provider to cater for SEN pupils.',
      'arrange for an appropriate staff member to conduct periodic visits to the alternative provision site to review the progress of the pupil.',
      'coordinate arrangements with the alternative provision provider for public examination entries and the completion of public examinations.',
    ],
  },
  // Seed 001 (the generic 2026-27 policy): daily attendance updates, a written plan, reviews at least every 6-8 weeks, an SLA.
  northfield: {
    attendanceReporting: ReportingCadence.DAILY,
    reviewIntervalWeeks: 8,
    writtenPlanRequired: true,
    providerCommitments: ['Safeguarding arrangements', 'Attendance monitoring', 'Behaviour expectations', 'Reporting procedures'],
    schoolCommitments: [
      "Ensure that all alternative providers receive and adhere to the school's Child Protection and Safeguarding Policy",
      'Ensure safeguarding information is shared with the provider this includes Police Safeguarding Reports and Operation Encompass reports; being mindful of any aspects of confidentiality',
      'Immediately report any absence at the alternative provision to the allocated social worker if the child is open to a social worker',
      "Giving alternative provision providers details of a pupil's SEND, where appropriate, so their placement can be catered to them.",
    ],
  },
  // Seed 002: daily attendance records, termly report, providers approved through the DMBC QA Framework.
  levett: {
    attendanceReporting: ReportingCadence.DAILY,
    reportCadence: ReportCadence.TERMLY,
    requiredFramework: { la: 'doncaster', name: 'DMBC QA Framework' },
    providerCommitments: [
      'Adhere to the Child Protection and Safeguarding Policies held by The Levett School.',
      'Contact The Levett School whenever the student is absent.',
      'Raise any safeguarding concerns with the Designated Safeguarding Lead at The Levett School.',
      'Contact The Levett School to inform them of any serious behavioural incidents.',
      'Complete a termly report as part of the monitoring process.',
    ],
    schoolCommitments: [
      'Ensure that the alternative provider holds a copy of The Levett School’s Child Protection and Safeguarding Policies.',
      'Provide relevant student data to help facilitate the transition from school to the alternative provider.',
      'If appropriate, provide details of provision mapping and other relevant information to cater for the special educational needs of students.',
      'Coordinate arrangements with the alternative provider for public examination entries and the completion of public examinations.',
      'Visit the student on a regular basis and log the visits on CPOMS.',
    ],
  },
  // Seed 003: full-time provision in total, a personalised plan with a baseline, a final report with the pupil's views and destination;
  // its commitments are the SLT's and governors' duties towards providers as the policy words them.
  dormston: {
    fullTimeInTotal: true,
    baselineRequired: true,
    finalReportRequired: true,
    providerCommitments: [
      'Deliver the agreed personalised plan and report progress against its objectives and baseline.',
      'Provide a final report on the pupil’s achievements during the placement: academic attainment and progress, attendance records and evidence of change in behaviour.',
      'Take part in regular reviews with the school, the pupil and parents/carers.',
    ],
    schoolCommitments: [
      'Share all relevant information about the pupil with the provider.',
      'Agree the nature of the intervention and set targets for the pupil, with a baseline against which to measure progress.',
      'Monitor progress regularly and put plans in place for the next stage in the pupil’s life.',
      'Support the pupil and family with transport, where appropriate.',
    ],
  },
  // Seed 004: daily attendance (the policy text; its agreement template says weekly), twice-termly visits, termly report, Team Teach.
  alp: {
    attendanceReporting: ReportingCadence.DAILY,
    visitsPerTerm: 2,
    reportCadence: ReportCadence.TERMLY,
    teamTeachForBehaviourRisk: true,
    providerCommitments: [
      'Adhere to the Child Protection and Safeguarding policies held by ALP Leicester.',
      'Contact ALP Leicester whenever the learner is absent.',
      'Provide ALP Leicester with attendance details on a weekly basis.',
      'Inform ALP Leicester of any serious behavioural incidents.',
      'Raise any safeguarding concerns with the DSL at ALP Leicester.',
      'Facilitate regular visits from an ALP Leicester representative.',
      "Complete a termly report as part of ALP Leicester's monitoring process.",
    ],
    schoolCommitments: [
      "Ensure that the alternative provider holds copies of ALP Leicester's Child Protection and Safeguarding Policies.",
      'Provide relevant learner data to help facilitate the transition from school to the alternative provider.',
      'If appropriate, provide details of provision mapping and other relevant information to the alternative provider to cater for the Special Educational Needs of pupils.',
      'Arrange for an appropriate staff member to conduct periodic visits to the alternative provision site(s) to review the progress of the relevant learner.',
      'Coordinate arrangements with the alternative provider for public examination entries and the completion of public examinations.',
    ],
  },
};

/** Each demo school's AP policy, inside the demo transaction (the QA frameworks are created earlier in it). */
export async function seedSchoolPolicies(tx: EntityManager, demo: { organisations: Map<string, Organisation>; las: Map<string, LocalAuthority> }): Promise<void> {
  await tx.flush();
  for (const [key, { requiredFramework, ...settings }] of Object.entries(DEMO_POLICIES)) {
    const framework = requiredFramework
      ? await tx.findOneOrFail(QaFramework, { localAuthority: demo.las.get(requiredFramework.la)!, name: requiredFramework.name })
      : null;
    tx.create(SchoolApPolicy, { ...settings, school: demo.organisations.get(key) as School, requiredFramework: framework });
  }
}
