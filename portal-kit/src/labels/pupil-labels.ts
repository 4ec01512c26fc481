import type { TagColour } from '../components/Tag';

/** The API's PupilSex (census codes). */
export type PupilSexCode = 'F' | 'M' | 'U';

export const pupilSexLabels: Record<PupilSexCode, string> = {
  F: 'Female',
  M: 'Male',
  U: 'Unknown',
};

export const pupilSexes = Object.keys(pupilSexLabels) as PupilSexCode[];

/** National curriculum year groups: 0 is Reception. */
export const yearGroups: readonly number[] = Array.from({ length: 14 }, (_, index) => index);

export function yearGroupLabel(yearGroup: number): string {
  return yearGroup === 0 ? 'Reception' : `Year ${yearGroup}`;
}

/** What a school needs to know at a glance; the keys match the API's PupilFilter flags. */
export type PupilFlag =
  | 'ehcPlan'
  | 'senSupport'
  | 'lookedAfter'
  | 'hasSocialWorker'
  | 'hasYouthOffendingWorker'
  | 'behaviourRiskAssessment'
  | 'medicalNeeds';

export const pupilFlags: Record<PupilFlag, { label: string; colour: TagColour }> = {
  ehcPlan: { label: 'EHC plan', colour: 'purple' },
  senSupport: { label: 'SEN support', colour: 'blue' },
  lookedAfter: { label: 'Looked after', colour: 'turquoise' },
  hasSocialWorker: { label: 'Social worker', colour: 'orange' },
  hasYouthOffendingWorker: { label: 'Youth offending team', colour: 'pink' },
  behaviourRiskAssessment: { label: 'Behaviour risk assessment', colour: 'red' },
  medicalNeeds: { label: 'Medical needs', colour: 'yellow' },
};

export const pupilFlagKeys = Object.keys(pupilFlags) as PupilFlag[];

export interface FlaggedPupil {
  ehcPlan: boolean;
  senSupport: boolean;
  lookedAfter: boolean;
  hasSocialWorker: boolean;
  hasYouthOffendingWorker: boolean;
  behaviourRiskAssessment: boolean;
  medicalNeeds?: string | null;
}

/** The flags that apply to a pupil, in catalogue order. */
export function flagsOf(pupil: FlaggedPupil): PupilFlag[] {
  return pupilFlagKeys.filter((flag) => Boolean(pupil[flag]));
}
