import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomUUID } from 'node:crypto';
import type { LocalAuthority, Organisation, Provider } from '../organisations/organisation.entity.js';
import type { User } from '../people/user.entity.js';
import { Document } from './documents.entity.js';
import { EvidenceTypeCode as T, evidenceType } from './evidence-catalogue.js';
import { addDays, addMonths, todayInEngland } from './evidence-dates.js';
import { EvidenceVerification, EvidenceVersion } from './evidence.entity.js';
import { KeyStage, OfstedGrade, ProviderProfile, ProvisionFocus } from './profile.entity.js';
import type { FileStorage } from './storage/file-storage.js';

interface DemoVersion {
  type: T;
  issuer?: string;
  /** Days from today (negative: in the past). */
  from: number;
  /** Days from today; left out: the catalogue's renewal cycle. */
  until?: number;
  details?: Partial<Pick<EvidenceVersion, 'coverAmount' | 'kcsieYear' | 'reportsChangesUndertaking' | 'trainedStaffCount' | 'courseName'>>;
  /** LA keys (demo-data DEMO.las) whose QA officer verified this version. */
  verifiedBy?: string[];
}

type DemoProfile = Omit<Partial<ProviderProfile>, 'id' | 'provider' | 'updatedAt' | 'ofstedInspectionDate' | 'dslTrainingDate'> & {
  ofstedInspectionDate?: string;
  dslTrainingDaysAgo?: number;
};

const STAFF_CHECKS = { kcsieYear: 2025, reportsChangesUndertaking: true };

/**
 * The QA record of each demo provider, dated relative to today so the statuses stay as described:
 * Bridge Park mostly current and verified by Doncaster; Riverside's public liability expiring;
 * Pathways' first aid expired and fire risk assessment missing; Brightside minimal.
 */
const DEMO_QA: Record<string, { profile: DemoProfile; evidence: DemoVersion[] }> = {
  bridgepark: {
    profile: {
      legalName: 'Bridge Park Education Ltd',
      ofstedGrade: OfstedGrade.GOOD,
      ofstedInspectionDate: '2024-03-14',
      keyStages: [KeyStage.KS3, KeyStage.KS4],
      subjects: ['English', 'Mathematics', 'Science', 'Art and design', 'Physical education', 'Computing', 'PSHE'],
      qualifications: ['GCSE English language', 'GCSE mathematics', 'GCSE combined science', 'Functional Skills English and maths (Entry 3 to Level 2)', 'AQA Unit Award Scheme'],
      focus: [ProvisionFocus.ACADEMIC, ProvisionFocus.THERAPEUTIC],
      places: 48,
      placesAvailable: 6,
      contactName: 'Helen Marsh',
      contactEmail: 'office@bridgepark.example',
      contactPhone: '01302 960 214',
      dslName: 'Marcus Reid',
      dslEmail: 'dsl@bridgepark.example',
      dslPhone: '01302 960 215',
      dslTrainingDaysAgo: 290,
    },
    evidence: [
      { type: T.EMPLOYERS_LIABILITY_INSURANCE, issuer: 'Pennine Mutual Insurance', from: -400, until: -36, details: { coverAmount: 10_000_000 } },
      { type: T.EMPLOYERS_LIABILITY_INSURANCE, issuer: 'Pennine Mutual Insurance', from: -35, details: { coverAmount: 10_000_000 }, verifiedBy: ['doncaster'] },
      { type: T.PUBLIC_LIABILITY_INSURANCE, issuer: 'Pennine Mutual Insurance', from: -35, details: { coverAmount: 5_000_000 }, verifiedBy: ['doncaster'] },
      { type: T.LEGAL_ENTITY, from: -120, verifiedBy: ['doncaster'] },
      { type: T.FINANCIAL_STANDING, from: -150, verifiedBy: ['doncaster'] },
      { type: T.SAFEGUARDING_POLICY, from: -80, verifiedBy: ['doncaster'] },
      { type: T.STAFF_CHECKS_CONFIRMATION, from: -80, details: STAFF_CHECKS, verifiedBy: ['doncaster'] },
      { type: T.DSL_TRAINING, issuer: 'Doncaster Safeguarding Children Partnership', from: -290, verifiedBy: ['doncaster'] },
      { type: T.STAFF_SAFEGUARDING_TRAINING, issuer: 'Doncaster Safeguarding Children Partnership', from: -85, verifiedBy: ['doncaster'] },
      { type: T.BEHAVIOUR_POLICY, from: -80, verifiedBy: ['doncaster'] },
      { type: T.TEAM_TEACH_TRAINING, issuer: 'Team Teach', from: -200, details: { trainedStaffCount: 14, courseName: 'Team Teach Positive Behaviour Training – Foundation' }, verifiedBy: ['doncaster'] },
      { type: T.HEALTH_AND_SAFETY_POLICY, from: -95, verifiedBy: ['doncaster'] },
      { type: T.RISK_ASSESSMENTS, from: -60 },
      { type: T.FIRE_RISK_ASSESSMENT, issuer: 'South Yorkshire Fire Safety Consultants', from: -170, verifiedBy: ['doncaster'] },
      { type: T.FIRST_AID, issuer: 'Red Rose First Aid Training', from: -500, verifiedBy: ['doncaster'] },
      { type: T.DATA_PROTECTION_POLICY, from: -110, verifiedBy: ['doncaster'] },
      { type: T.COMPLAINTS_PROCEDURE, from: -110 },
      { type: T.ATTENDANCE_PROCEDURE, from: -80, verifiedBy: ['doncaster'] },
      { type: T.ADMISSIONS_POLICY, from: -110 },
      { type: T.EQUALITY_STATEMENT, from: -110 },
      { type: T.RSHE_POLICY, from: -110 },
      { type: T.EDUCATIONAL_VISITS_POLICY, from: -110 },
      { type: T.CURRICULUM_AND_STAFF_QUALIFICATIONS, from: -80, verifiedBy: ['doncaster'] },
    ],
  },
  riverside: {
    profile: {
      legalName: 'The Riverside College Corporation',
      ofstedGrade: OfstedGrade.GOOD,
      ofstedInspectionDate: '2023-11-08',
      keyStages: [KeyStage.KS4, KeyStage.KS5],
      subjects: ['Engineering', 'Construction', 'Motor vehicle maintenance', 'Hair and beauty', 'English', 'Mathematics'],
      qualifications: ['City & Guilds Level 1 Diploma in Engineering', 'BTEC Level 1 Introductory in Construction', 'Functional Skills English and maths (Entry 3 to Level 2)'],
      focus: [ProvisionFocus.VOCATIONAL],
      places: 30,
      placesAvailable: 4,
      contactName: 'Dev Kapoor',
      contactEmail: 'schools.partnerships@riverside-college.example',
      contactPhone: '01709 960 480',
      dslName: 'Angela Firth',
      dslEmail: 'safeguarding@riverside-college.example',
      dslPhone: '01709 960 481',
      dslTrainingDaysAgo: 400,
    },
    evidence: [
      { type: T.EMPLOYERS_LIABILITY_INSURANCE, issuer: 'Education Sector Mutual', from: -100, details: { coverAmount: 10_000_000 }, verifiedBy: ['rotherham'] },
      { type: T.PUBLIC_LIABILITY_INSURANCE, issuer: 'Education Sector Mutual', from: -347, until: 18, details: { coverAmount: 10_000_000 }, verifiedBy: ['rotherham'] },
      { type: T.LEGAL_ENTITY, from: -200 },
      { type: T.FINANCIAL_STANDING, from: -140 },
      { type: T.SAFEGUARDING_POLICY, from: -75, verifiedBy: ['rotherham'] },
      { type: T.STAFF_CHECKS_CONFIRMATION, from: -75, details: STAFF_CHECKS, verifiedBy: ['rotherham'] },
      { type: T.DSL_TRAINING, issuer: 'Rotherham Safeguarding Children Partnership', from: -400 },
      { type: T.STAFF_SAFEGUARDING_TRAINING, issuer: 'Riverside College staff development', from: -70 },
      { type: T.BEHAVIOUR_POLICY, from: -75 },
      { type: T.HEALTH_AND_SAFETY_POLICY, from: -130 },
      { type: T.RISK_ASSESSMENTS, from: -40 },
      { type: T.FIRE_RISK_ASSESSMENT, issuer: 'South Yorkshire Fire Safety Consultants', from: -220 },
      { type: T.FIRST_AID, issuer: 'Red Rose First Aid Training', from: -300 },
      { type: T.DATA_PROTECTION_POLICY, from: -130 },
      { type: T.COMPLAINTS_PROCEDURE, from: -130 },
      { type: T.ATTENDANCE_PROCEDURE, from: -75 },
      { type: T.ADMISSIONS_POLICY, from: -130 },
      { type: T.EQUALITY_STATEMENT, from: -130 },
      { type: T.CURRICULUM_AND_STAFF_QUALIFICATIONS, from: -75 },
    ],
  },
  pathways: {
    profile: {
      legalName: 'Pathways Outdoor Learning CIC',
      keyStages: [KeyStage.KS3, KeyStage.KS4],
      subjects: ['Land-based studies', 'Animal care', 'Forest school', 'Bushcraft', 'PSHE'],
      qualifications: ['AQA Unit Award Scheme', 'John Muir Award', 'Level 1 Award in Land-based Studies'],
      focus: [ProvisionFocus.OUTDOOR, ProvisionFocus.THERAPEUTIC],
      places: 16,
      placesAvailable: 3,
      contactName: 'Sam Whitehouse',
      contactEmail: 'hello@pathways.example',
      contactPhone: '07700 900 318',
      dslName: 'Sam Whitehouse',
      dslEmail: 'hello@pathways.example',
      dslPhone: '07700 900 318',
      dslTrainingDaysAgo: 500,
    },
    evidence: [
      { type: T.EMPLOYERS_LIABILITY_INSURANCE, issuer: 'Amber Shield Insurance', from: -200, details: { coverAmount: 5_000_000 }, verifiedBy: ['leicestershire'] },
      { type: T.PUBLIC_LIABILITY_INSURANCE, issuer: 'Amber Shield Insurance', from: -200, details: { coverAmount: 5_000_000 }, verifiedBy: ['leicestershire'] },
      { type: T.LEGAL_ENTITY, from: -300 },
      { type: T.SAFEGUARDING_POLICY, from: -60, verifiedBy: ['leicestershire', 'dudley'] },
      { type: T.STAFF_CHECKS_CONFIRMATION, from: -60, details: STAFF_CHECKS, verifiedBy: ['dudley'] },
      { type: T.DSL_TRAINING, issuer: 'Dudley Safeguarding People Partnership', from: -500 },
      { type: T.BEHAVIOUR_POLICY, from: -60 },
      { type: T.TEAM_TEACH_TRAINING, issuer: 'Team Teach', from: -150, details: { trainedStaffCount: 4, courseName: 'Team Teach Positive Behaviour Training – Foundation' } },
      { type: T.HEALTH_AND_SAFETY_POLICY, from: -90 },
      { type: T.RISK_ASSESSMENTS, from: -30 },
      { type: T.FIRST_AID, issuer: 'Red Rose First Aid Training', from: -1135, until: -40 },
      { type: T.ATTENDANCE_PROCEDURE, from: -90 },
    ],
  },
  brightside: {
    profile: {
      keyStages: [KeyStage.KS2, KeyStage.KS3, KeyStage.KS4],
      subjects: ['English', 'Mathematics'],
      qualifications: ['Functional Skills English and maths'],
      focus: [ProvisionFocus.ACADEMIC],
      places: 10,
      placesAvailable: 2,
      contactName: 'Priya Nair',
      contactEmail: 'bookings@brightside.example',
      contactPhone: '0116 496 0720',
    },
    evidence: [
      { type: T.PUBLIC_LIABILITY_INSURANCE, issuer: 'Amber Shield Insurance', from: -90, details: { coverAmount: 2_000_000 } },
      { type: T.SAFEGUARDING_POLICY, from: -120 },
      { type: T.STAFF_CHECKS_CONFIRMATION, from: -120, details: STAFF_CHECKS },
    ],
  },
};

export interface QaDemoWorld {
  organisations: Map<string, Organisation>;
  las: Map<string, LocalAuthority>;
  /** Demo users by e-mail address. */
  users: Map<string, User>;
  /** Each demo provider's and LA's e-mail domain, by key. */
  domains: Map<string, string>;
}

/** Seeds every demo provider's profile and evidence (with a small real PDF for each version) inside the demo transaction. */
export async function seedProviderQaRecords(em: EntityManager, files: FileStorage, world: QaDemoWorld): Promise<void> {
  const today = todayInEngland();
  for (const [key, record] of Object.entries(DEMO_QA)) {
    const provider = world.organisations.get(key) as Provider;
    const manager = world.users.get(`manager@${world.domains.get(key)}`)!;
    const { dslTrainingDaysAgo, ...profile } = record.profile;
    em.create(ProviderProfile, {
      ...profile,
      provider,
      dslTrainingDate: dslTrainingDaysAgo === undefined ? null : addDays(today, -dslTrainingDaysAgo),
      updatedAt: new Date(),
    });
    const numbers = new Map<T, number>();
    for (const demo of record.evidence) {
      const number = (numbers.get(demo.type) ?? 0) + 1;
      numbers.set(demo.type, number);
      const version = await demoVersion(em, files, { provider, manager, demo, number, today });
      for (const laKey of demo.verifiedBy ?? []) {
        const officer = world.users.get(`qa@${world.domains.get(laKey)}`)!;
        em.create(EvidenceVerification, {
          version,
          localAuthority: world.las.get(laKey)!,
          verifiedBy: officer,
          verifiedByName: officer.displayName,
          verifiedAt: new Date(Date.now() - 5 * 86_400_000),
        });
      }
    }
  }
}

async function demoVersion(
  em: EntityManager,
  files: FileStorage,
  { provider, manager, demo, number, today }: { provider: Provider; manager: User; demo: DemoVersion; number: number; today: string },
): Promise<EvidenceVersion> {
  const type = evidenceType(demo.type);
  const validFrom = addDays(today, demo.from);
  const expiresOn = demo.until !== undefined ? addDays(today, demo.until) : addDays(addMonths(validFrom, type.renewalMonths), -1);
  const bytes = minimalPdf([provider.name, type.title, `Valid from ${validFrom} to ${expiresOn}`, 'Demonstration document: not a real certificate or policy.']);
  const id = randomUUID();
  const storageKey = `${provider.id}/${id}`;
  await files.put(storageKey, bytes);
  const document = em.create(Document, {
    id,
    owner: provider,
    filename: `${demo.type.toLowerCase().replace(/_/g, '-')}-${validFrom.slice(0, 4)}.pdf`,
    contentType: 'application/pdf',
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    storageKey,
    uploadedBy: manager,
    uploadedAt: new Date(`${validFrom}T09:00:00Z`),
  });
  return em.create(EvidenceVersion, {
    provider,
    type: demo.type,
    number,
    document,
    issuer: demo.issuer ?? null,
    validFrom,
    expiresOn,
    ...demo.details,
    uploadedBy: manager,
    uploadedByName: manager.displayName,
    uploadedAt: new Date(`${validFrom}T09:00:00Z`),
  });
}

/** A one-page PDF showing `lines` in Helvetica: small, valid, and recognised as PDF by its bytes. */
export function minimalPdf(lines: string[]): Buffer {
  const text = lines
    .map((line, index) => `BT /F1 ${index === 0 ? 18 : 12} Tf 72 ${770 - index * 28} Td (${pdfString(line)}) Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** PDF literal string: ASCII, with its three special characters escaped. */
function pdfString(value: string): string {
  return value
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/([\\()])/g, '\\$1');
}
