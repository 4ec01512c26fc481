import { describe, expect, it } from 'vitest';
import { checkEvidenceAnswers, emptyEvidenceAnswers, type EvidenceAnswers, type EvidenceTypeRules } from './evidence-answers';

const employersLiability: EvidenceTypeRules = {
  title: 'Employers’ liability insurance',
  issuerLabel: 'Insurer',
  details: ['COVER_AMOUNT'],
  minimumCoverAmount: 5_000_000,
};
const staffChecks: EvidenceTypeRules = {
  title: 'Written confirmation of staff checks',
  issuerLabel: null,
  details: ['KCSIE_YEAR', 'REPORTS_CHANGES_UNDERTAKING'],
  minimumCoverAmount: null,
};
const teamTeach: EvidenceTypeRules = {
  title: 'Team Teach (or equivalent) training',
  issuerLabel: 'Training provider',
  details: ['TRAINED_STAFF_COUNT', 'COURSE_NAME'],
  minimumCoverAmount: null,
};

const answers = (changes: Partial<EvidenceAnswers>): EvidenceAnswers => ({
  ...emptyEvidenceAnswers(),
  validFrom: { day: '1', month: '4', year: '2026' },
  ...changes,
});
const today = '2026-06-04';

describe('checkEvidenceAnswers', () => {
  it('turns insurance answers into the API input, leaving the expiry to the API when blank', () => {
    expect(checkEvidenceAnswers(employersLiability, answers({ issuer: ' Pennine  Mutual ', coverAmount: '£10,000,000' }), today)).toEqual({
      errors: [],
      values: {
        issuer: 'Pennine Mutual',
        validFrom: '2026-04-01',
        expiresOn: null,
        coverAmount: 10_000_000,
        kcsieYear: null,
        reportsChangesUndertaking: null,
        trainedStaffCount: null,
        courseName: null,
      },
    });
  });

  it('asks for the insurer and enough cover', () => {
    expect(checkEvidenceAnswers(employersLiability, answers({ coverAmount: '1,000,000' }), today).errors).toEqual([
      { field: 'issuer', message: 'Enter the insurer' },
      { field: 'coverAmount', message: 'Employers’ liability insurance cover must be at least £5,000,000' },
    ]);
    expect(checkEvidenceAnswers(employersLiability, answers({ issuer: 'X', coverAmount: 'lots' }), today).errors).toEqual([
      { field: 'coverAmount', message: 'Amount of cover must be a whole number of pounds, like 5,000,000' },
    ]);
  });

  it('checks the dates: a start date is needed, and an expiry after it', () => {
    const result = checkEvidenceAnswers(
      employersLiability,
      answers({
        issuer: 'X',
        coverAmount: '5000000',
        validFrom: { day: '', month: '', year: '' },
        expiresOn: { day: '1', month: '', year: '2027' },
      }),
      today,
    );
    expect(result.errors).toEqual([
      { field: 'validFrom', message: 'Enter the start date' },
      { field: 'expiresOn-month', message: 'Expiry or review date must include a month' },
    ]);
    expect(
      checkEvidenceAnswers(employersLiability, answers({ issuer: 'X', coverAmount: '5000000', expiresOn: { day: '1', month: '4', year: '2026' } }), today)
        .errors,
    ).toEqual([{ field: 'expiresOn', message: 'Expiry or review date must be after the start date' }]);
  });

  it('needs the KCSIE edition and the undertaking for staff-checks confirmation', () => {
    expect(checkEvidenceAnswers(staffChecks, answers({ kcsieYear: '2027' }), today).errors).toEqual([
      { field: 'kcsieYear', message: 'KCSIE year must be between 2014 and 2026' },
      {
        field: 'reportsChangesUndertaking',
        message: 'Confirm that you will tell commissioners about anything that may put a child at risk, such as staff changes',
      },
    ]);
    expect(checkEvidenceAnswers(staffChecks, answers({ kcsieYear: '2025', reportsChangesUndertaking: true }), today).values).toMatchObject({
      issuer: null,
      kcsieYear: 2025,
      reportsChangesUndertaking: true,
      coverAmount: null,
    });
  });

  it('needs a staff count of 1 or more and the course for Team Teach', () => {
    expect(checkEvidenceAnswers(teamTeach, answers({ issuer: 'Team Teach', trainedStaffCount: '0' }), today).errors).toEqual([
      { field: 'trainedStaffCount', message: 'Number of trained staff must be 1 or more' },
      { field: 'courseName', message: 'Enter the course name, such as Team Teach Foundation' },
    ]);
    expect(
      checkEvidenceAnswers(teamTeach, answers({ issuer: 'Team Teach', trainedStaffCount: '14', courseName: 'Foundation' }), today).values,
    ).toMatchObject({ trainedStaffCount: 14, courseName: 'Foundation', kcsieYear: null });
  });
});
