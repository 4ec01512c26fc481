import type { TagColour } from '../components/Tag';
import type { ChronologyEntryKind, ConcernCategory, ConcernSide, ConcernUrgency, IncidentSeverity } from '../gql/graphql';

export type { ConcernCategory, ConcernUrgency, IncidentSeverity };

/** The categories of Keeping children safe in education, as DSLs name them. */
export const concernCategories: Record<ConcernCategory, string> = {
  PHYSICAL_ABUSE: 'Physical abuse',
  EMOTIONAL_ABUSE: 'Emotional abuse',
  SEXUAL_ABUSE: 'Sexual abuse',
  NEGLECT: 'Neglect',
  CHILD_ON_CHILD: 'Child-on-child abuse',
  CRIMINAL_EXPLOITATION: 'Child criminal exploitation (including county lines)',
  SEXUAL_EXPLOITATION: 'Child sexual exploitation',
  RADICALISATION: 'Radicalisation (Prevent)',
  DOMESTIC_ABUSE: 'Domestic abuse',
  MENTAL_HEALTH: 'Mental health',
  ONLINE_SAFETY: 'Online safety',
  MISSING_FROM_EDUCATION: 'Missing from education or going missing',
  OTHER: 'Something else',
};

export const concernCategoryValues = Object.keys(concernCategories) as ConcernCategory[];

/** Tags say the urgency in words; the colour only supports it. */
export const concernUrgencies: Record<ConcernUrgency, { label: string; hint: string; colour: TagColour }> = {
  IMMEDIATE: { label: 'Immediate', hint: 'The child may be at immediate risk of harm: the other DSL must act now.', colour: 'red' },
  SAME_DAY: { label: 'Today', hint: 'The other DSL must act today.', colour: 'orange' },
  ROUTINE: { label: 'Routine', hint: 'For information and follow-up.', colour: 'blue' },
};

export const concernUrgencyValues = Object.keys(concernUrgencies) as ConcernUrgency[];

export const concernSides: Record<ConcernSide, string> = { SCHOOL: 'School', PROVIDER: 'Provider' };

export const chronologyKinds: Record<ChronologyEntryKind, string> = {
  RAISED: 'Concern raised',
  UPDATED: 'Update',
  ACKNOWLEDGED: 'Acknowledged',
};

export const incidentSeverities: Record<IncidentSeverity, { label: string; hint: string; colour: TagColour }> = {
  LOW: { label: 'Low', hint: 'Dealt with at the provider; the school should know.', colour: 'blue' },
  MEDIUM: { label: 'Medium', hint: 'The school should consider its response.', colour: 'orange' },
  HIGH: { label: 'High', hint: 'Harm or serious risk of harm: the school must decide a course of action.', colour: 'red' },
};

export const incidentSeverityValues = Object.keys(incidentSeverities) as IncidentSeverity[];
