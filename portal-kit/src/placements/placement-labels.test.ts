import { describe, expect, it } from 'vitest';
import {
  describeCost,
  describeLinkedPlans,
  describeReviewInterval,
  describeVisitsPerTerm,
  describeWeeklyHours,
  destinationLabels,
  formatHoursPerWeek,
  formatPence,
  legalBases,
  placementStatuses,
  reportCadences,
  reportingCadences,
  weekdayLabels,
  weekdays,
} from './placement-labels';

describe('placement statuses', () => {
  it('says each status in words as a tag, with a distinct colour', () => {
    expect(Object.values(placementStatuses).map((status) => status.label)).toEqual(['Draft', 'Proposed', 'Agreed', 'Active', 'Ended', 'Cancelled']);
    const colours = Object.values(placementStatuses).map((status) => status.colour);
    expect(new Set(colours).size).toBe(colours.length);
  });
});

describe('legal bases', () => {
  it('names the section of each act and explains it', () => {
    expect(legalBases.S19_LA_DUTY.label).toContain('section 19');
    expect(legalBases.S100_SUSPENSION.hint).toContain('sixth consecutive school day');
    expect(legalBases.S29A_OFF_SITE_DIRECTION.hint).toContain('at least 2 school days');
    expect(legalBases.OTHER_SCHOOL_ARRANGED.label).toBe('Other placement arranged by the school');
  });
});

describe('destinations and cadences', () => {
  it('reads them in plain English', () => {
    expect(destinationLabels.RETURNED_TO_HOME_SCHOOL).toBe('Returned to the home school');
    expect(destinationLabels.NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING).toBe('Not in education, employment or training');
    expect(reportingCadences.WEEKLY.label).toBe('Weekly');
    expect(reportCadences.HALF_TERMLY).toBe('Half-termly');
    expect(describeReviewInterval(6)).toBe('Every 6 weeks');
    expect(describeReviewInterval(1)).toBe('Every week');
    expect(describeVisitsPerTerm(2)).toBe('2 visits a term');
    expect(describeVisitsPerTerm(1)).toBe('1 visit a term');
    expect(describeVisitsPerTerm(0)).toBe('No visits');
  });
});

describe('hours, money and days', () => {
  it('writes hours a week with at most two decimals', () => {
    expect(formatHoursPerWeek(12.5)).toBe('12.5 hours a week');
    expect(formatHoursPerWeek(25)).toBe('25 hours a week');
    expect(formatHoursPerWeek(1)).toBe('1 hour a week');
    expect(formatHoursPerWeek(0)).toBe('0 hours a week');
    expect(formatHoursPerWeek(10 / 3)).toBe('3.33 hours a week');
  });

  it('writes costs as GOV.UK writes money', () => {
    expect(formatPence(4500)).toBe('£45');
    expect(formatPence(4550)).toBe('£45.50');
    expect(formatPence(4505)).toBe('£45.05');
    expect(formatPence(120_000)).toBe('£1,200');
    expect(describeCost(4500, 'PER_SESSION')).toBe('£45 per session');
    expect(describeCost(90_000, 'WHOLE_PLACEMENT')).toBe('£900 for the whole placement');
    expect(describeCost(null, null)).toBe('Not agreed');
  });

  it('names the school days Monday to Friday, in order', () => {
    expect(weekdays.map((day) => weekdayLabels[day])).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']);
  });
});

describe('pupils and plans', () => {
  it('names linked plans', () => {
    expect(describeLinkedPlans({ linksToEhcPlan: false, linksToPep: false, linksToHealthPlan: false })).toBe('None');
    expect(describeLinkedPlans({ linksToEhcPlan: true, linksToPep: false, linksToHealthPlan: false })).toBe('EHC plan');
    expect(describeLinkedPlans({ linksToEhcPlan: true, linksToPep: true, linksToHealthPlan: true })).toBe('EHC plan, PEP and health care plan');
  });
});

describe('describeWeeklyHours', () => {
  it('says the hours and whether they are full-time', () => {
    expect(describeWeeklyHours(8.5, 'PART_TIME')).toBe('8.5 hours a week (part-time)');
    expect(describeWeeklyHours(25, 'FULL_TIME')).toBe('25 hours a week (full-time)');
  });
});
