import { describe, expect, it } from 'vitest';
import { flagsOf, pupilFlags, pupilSexLabels, yearGroupLabel, yearGroups } from './pupil-labels';

describe('pupil labels', () => {
  it('names year groups as schools do, Reception first', () => {
    expect(yearGroups).toHaveLength(14);
    expect(yearGroups.map(yearGroupLabel).slice(0, 2)).toEqual(['Reception', 'Year 1']);
    expect(yearGroupLabel(9)).toBe('Year 9');
    expect(yearGroupLabel(13)).toBe('Year 13');
  });

  it('says the census sex codes in words', () => {
    expect(pupilSexLabels).toEqual({ F: 'Female', M: 'Male', U: 'Unknown' });
  });

  it('lists the flags that apply, in a fixed order, counting recorded medical needs', () => {
    const none = { ehcPlan: false, senSupport: false, lookedAfter: false, hasSocialWorker: false, hasYouthOffendingWorker: false, behaviourRiskAssessment: false };
    expect(flagsOf({ ...none, medicalNeeds: null })).toEqual([]);
    expect(flagsOf({ ...none, behaviourRiskAssessment: true, ehcPlan: true, medicalNeeds: 'Asthma' })).toEqual(['ehcPlan', 'behaviourRiskAssessment', 'medicalNeeds']);
    expect(flagsOf({ ...none, hasSocialWorker: true, medicalNeeds: '' }).map((flag) => pupilFlags[flag].label)).toEqual(['Social worker']);
  });
});
