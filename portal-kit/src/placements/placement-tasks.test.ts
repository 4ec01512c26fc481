import { describe, expect, it } from 'vitest';
import { referralTaskStatuses, type ReferralFacts } from './placement-tasks';

const justStarted: ReferralFacts = {
  status: 'DRAFT',
  legalBasis: 'OTHER_SCHOOL_ARRANGED',
  graduatedResponse: null,
  parentInvolvement: null,
  pupilViews: null,
  sites: [{}],
  plan: {},
  objectives: [],
  currentAgreement: { timetable: [], startDate: null, proposedEndDate: null, isFullySigned: false, signatures: [] },
};

const readyToSend: ReferralFacts = {
  ...justStarted,
  graduatedResponse: 'Mentoring and a reduced timetable',
  parentInvolvement: 'Met mother on 3 March',
  pupilViews: 'Wants to try it',
  plan: { rationale: 'Re-engage', assessmentArrangements: 'Weekly check-ins', reintegrationRoute: 'Back to school', readinessCriteria: '90% attendance' },
  objectives: [{}],
  currentAgreement: { ...justStarted.currentAgreement, timetable: [{}], startDate: '2026-04-20' },
};

describe('referralTaskStatuses', () => {
  it('starts with the referral in progress, the plan and agreement not started, and sending not possible', () => {
    expect(referralTaskStatuses(justStarted)).toEqual({
      referral: 'IN_PROGRESS',
      providerAndSites: 'COMPLETED',
      plan: 'NOT_STARTED',
      agreement: 'NOT_STARTED',
      send: 'CANNOT_START',
      signatures: 'CANNOT_START',
    });
  });

  it('can be sent once sites, a timetable and a start date are there', () => {
    expect(referralTaskStatuses(readyToSend)).toMatchObject({ referral: 'COMPLETED', plan: 'COMPLETED', agreement: 'COMPLETED', send: 'NOT_STARTED' });
    expect(referralTaskStatuses({ ...readyToSend, plan: { rationale: 'Re-engage' } }).plan).toBe('IN_PROGRESS');
    expect(referralTaskStatuses({ ...readyToSend, sites: [] })).toMatchObject({ providerAndSites: 'IN_PROGRESS', send: 'CANNOT_START' });
  });

  it('needs a proposed end date for an off-site direction', () => {
    const direction = { ...readyToSend, legalBasis: 'S29A_OFF_SITE_DIRECTION' } as const;
    expect(referralTaskStatuses(direction)).toMatchObject({ agreement: 'IN_PROGRESS', send: 'CANNOT_START' });
    const withEnd = { ...direction, currentAgreement: { ...direction.currentAgreement, proposedEndDate: '2026-07-17' } };
    expect(referralTaskStatuses(withEnd)).toMatchObject({ agreement: 'COMPLETED', send: 'NOT_STARTED' });
  });

  it('follows the signatures once sent', () => {
    const sent = { ...readyToSend, status: 'PROPOSED' } as const;
    expect(referralTaskStatuses(sent)).toMatchObject({ send: 'COMPLETED', signatures: 'NOT_STARTED' });
    const schoolSigned = { ...sent, currentAgreement: { ...sent.currentAgreement, signatures: [{ party: 'SCHOOL' }] } } as const;
    expect(referralTaskStatuses(schoolSigned).signatures).toBe('IN_PROGRESS');
    expect(referralTaskStatuses({ ...schoolSigned, currentAgreement: { ...schoolSigned.currentAgreement, isFullySigned: true } }).signatures).toBe('COMPLETED');
  });
});
