import type { Pupil } from '../pupils/pupil.entity.js';
import { SharedPupilSummary } from './placement.entity.js';

export interface SharingChoices {
  needsSummary: string | null;
  shareMedicalNeeds: boolean;
  shareEmergencyContact: boolean;
}

const SHARE_ALL: SharingChoices = { needsSummary: null, shareMedicalNeeds: true, shareEmergencyContact: true };

/** What a provider may know of the pupil: name, year, date of birth, flags it must plan for, and what the school chose to share. */
export function sharedSummaryOf(pupil: Pupil, sharing: SharingChoices = SHARE_ALL): SharedPupilSummary {
  return Object.assign(new SharedPupilSummary(), {
    name: pupil.displayName,
    yearGroup: pupil.yearGroup,
    dateOfBirth: pupil.dateOfBirth,
    needsSummary: sharing.needsSummary,
    medicalNeeds: sharing.shareMedicalNeeds ? (pupil.medicalNeeds ?? null) : null,
    behaviourRiskAssessment: pupil.behaviourRiskAssessment,
    ehcPlan: pupil.ehcPlan,
    lookedAfter: pupil.lookedAfter,
    emergencyContactName: sharing.shareEmergencyContact ? (pupil.emergencyContactName ?? null) : null,
    emergencyContactPhone: sharing.shareEmergencyContact ? (pupil.emergencyContactPhone ?? null) : null,
  });
}
