import { ProviderRegistrationStatus } from '../organisations/organisation-kind.js';
import { LegalBasis, PlacementStatus } from '../placements/placement.entity.js';
import { addDays } from '../qa/evidence-dates.js';
import { EvidenceStatus } from '../qa/evidence-status.js';
import { FindingSeverity } from './finding.type.js';
import { isRegisteredSchool } from './policy-rules.js';
import { ARRANGING_AP, finding, isLive, listed, longDate, type Rule } from './rule.js';

/** National rules (domain.md §1.2, §1.4, §2.3, §2.4, §8), the same for every school. */

/** Full-time for registration: the DfE's working guide of 18 hours a week (domain.md §2.4). */
export const NATIONAL_FULL_TIME_HOURS = 18;
const REGISTRATION_PUPILS = 5;
const NON_SCHOOL_MAX_SESSIONS = 4;
const NON_SCHOOL_MAX_DAYS = 12 * 7;
const NOTICE_SCHOOL_DAYS = 2;

/** Weekdays from `from` (included) up to `to` (excluded): how many school days before `to` notice given on `from` is. */
export function schoolDaysBefore(from: string, to: string): number {
  let count = 0;
  for (let day = from; day < to; day = addDays(day, 1)) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

export const laNotNotified: Rule = (facts) => {
  if (facts.status === PlacementStatus.DRAFT || facts.status === PlacementStatus.CANCELLED || facts.laNotified) return null;
  return finding(facts, {
    rule: 'LA_NOT_NOTIFIED',
    severity: FindingSeverity.WARNING,
    title: 'Local authority not notified',
    explanation:
      "The referral has been sent but the home school's local authority has no record of being told about the placement. " +
      'Schools should always inform the LA when they commission AP. It clears when the LA is notified.',
    source: `${ARRANGING_AP}: schools inform the local authority`,
    since: facts.proposedOn,
  });
};

export const offSiteDirectionNoticeShort: Rule = (facts) => {
  if (facts.legalBasis !== LegalBasis.S29A_OFF_SITE_DIRECTION || !isLive(facts)) return null;
  const notice = facts.parentNoticeGivenOn;
  const start = facts.agreement?.startDate;
  if (notice && (!start || schoolDaysBefore(notice, start) >= NOTICE_SCHOOL_DAYS)) return null;
  return finding(facts, {
    rule: 'OFF_SITE_DIRECTION_NOTICE_SHORT',
    severity: FindingSeverity.WARNING,
    title: 'Off-site direction: parent notice too short',
    explanation:
      `${notice ? `Written notice was given to the parent on ${longDate(notice)}, less than ${NOTICE_SCHOOL_DAYS} school days before the start on ${longDate(start!)}` : 'No written notice to the parent is recorded'}. ` +
      `An off-site direction needs written notice at least ${NOTICE_SCHOOL_DAYS} school days before it starts. ` +
      'It clears when the notice date is recorded, or the start date moves to give enough notice.',
    source: 'The Education (Educational Provision for Improving Behaviour) Regulations 2010: notice at least 2 school days before',
  });
};

export const ehcpCaseworkerNotNotified: Rule = (facts) => {
  if (!isLive(facts) || !facts.pupil.ehcPlan || facts.sendCaseworkerNotifiedOn) return null;
  return finding(facts, {
    rule: 'EHCP_CASEWORKER_NOT_NOTIFIED',
    severity: FindingSeverity.WARNING,
    title: 'SEND caseworker not told',
    explanation:
      'The pupil has an EHC plan, and no date is recorded for telling the SEND caseworker about the placement. ' +
      'The caseworker should be told before it is arranged. It clears when the date is recorded.',
    source: `${ARRANGING_AP}: notify the SEND caseworker of a pupil with an EHC plan`,
  });
};

export const registrationThreshold: Rule = (facts) => {
  const provider = facts.provider;
  if (!isLive(facts) || isRegisteredSchool(provider)) return null;
  if (provider.fullTimePupils < REGISTRATION_PUPILS && provider.fullTimeEhcpOrLookedAfter < 1) return null;
  const why =
    provider.fullTimePupils >= REGISTRATION_PUPILS
      ? `${provider.fullTimePupils} pupils full-time`
      : `${provider.fullTimeEhcpOrLookedAfter === 1 ? 'a full-time pupil' : `${provider.fullTimeEhcpOrLookedAfter} full-time pupils`} with an EHC plan or looked after`;
  return finding(facts, {
    rule: 'REGISTRATION_THRESHOLD',
    severity: FindingSeverity.WARNING,
    title: 'Provider may need to register as an independent school',
    explanation:
      `${provider.name} is not a registered school but has ${why} (${NATIONAL_FULL_TIME_HOURS} hours a week or more, across every school's agreed placements). ` +
      `A setting educating ${REGISTRATION_PUPILS} or more pupils full-time, or one with an EHC plan or looked after, must register as an independent school. ` +
      'It clears when the provider registers, or full-time placements there fall below the threshold.',
    source: 'National rule: registration of independent schools (section 463 Education Act 1996)',
    aboutProvider: true,
  });
};

export const nonSchoolTimeLimit: Rule = (facts) => {
  const agreement = facts.agreement;
  if (!isLive(facts) || !agreement || facts.provider.registrationStatus !== ProviderRegistrationStatus.NON_SCHOOL) return null;
  if (agreement.sessionsPerWeek <= NON_SCHOOL_MAX_SESSIONS) return null;
  const days = agreement.startDate && agreement.proposedEndDate ? daysBetween(agreement.startDate, agreement.proposedEndDate) : null;
  if (days !== null && days <= NON_SCHOOL_MAX_DAYS) return null;
  return finding(facts, {
    rule: 'NON_SCHOOL_TIME_LIMIT',
    severity: FindingSeverity.INFO,
    title: 'Longer than the proposed limit for non-school AP',
    explanation:
      `${agreement.sessionsPerWeek} sessions a week at a non-school provider, ${days === null ? 'with no proposed end date' : `planned for ${Math.ceil(days / 7)} weeks`}. ` +
      `The government proposes that non-school AP is either at most 12 weeks, or at most ${NON_SCHOOL_MAX_SESSIONS} sessions (2 days) a week. ` +
      `It clears with ${NON_SCHOOL_MAX_SESSIONS} sessions a week or fewer, or a proposed end date within 12 weeks of the start.`,
    source: 'Proposed national rule: time limits for non-school AP (DfE consultation response, 2025)',
  });
};

export const expiredProviderEvidence: Rule = (facts) => {
  const gaps = facts.provider.evidenceGaps;
  if (!isLive(facts) || !gaps.length) return null;
  const expired = gaps.filter((gap) => gap.status === EvidenceStatus.EXPIRED && gap.expiresOn).map((gap) => gap.expiresOn!);
  const earliest = expired.sort()[0];
  return finding(facts, {
    rule: 'EXPIRED_PROVIDER_EVIDENCE',
    severity: FindingSeverity.WARNING,
    title: 'Provider evidence expired or missing',
    explanation:
      `${facts.provider.name}’s QA record has required evidence expired or missing: ${listed(gaps.map((gap) => `${gap.title} (${gap.status === EvidenceStatus.EXPIRED ? `expired ${longDate(gap.expiresOn!)}` : 'missing'})`))}. ` +
      'It clears when the provider adds current versions.',
    source: `${ARRANGING_AP}: commissioners keep their safeguarding duties; the provider's shared QA record`,
    since: earliest ? addDays(earliest, 1) : null,
    aboutProvider: true,
  });
};

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
