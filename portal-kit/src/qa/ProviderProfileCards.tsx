import type { JSX } from 'solid-js';
import { For, Show } from 'solid-js';
import { RegistrationStatusTag } from '../components/RegistrationStatusTag';
import { SummaryCard } from '../components/SummaryCard';
import { SummaryList, type SummaryListRow } from '../components/SummaryList';
import { formatDate, formatLocalDate } from '../labels/dates';
import { settingTypeLabels } from '../labels/labels';
import { focusLabels, keyStageLabels, ofstedGradeLabels } from '../labels/qa-labels';
import type { ProviderOverview } from './qa.data';

/** The parts of a provider's profile, each changed on its own page. */
export const profileSections = {
  registration: { title: 'Registration and inspection', change: 'legal name and Ofsted inspection' },
  offer: { title: 'Offer', change: 'offer' },
  places: { title: 'Places', change: 'places' },
  contact: { title: 'Main contact', change: 'main contact' },
  dsl: { title: 'Designated safeguarding lead', change: 'designated safeguarding lead' },
} as const;

export type ProfileSection = keyof typeof profileSections;

const notProvided = () => <span class="app-secondary-text">Not provided</span>;

function orNotProvided(value: string | number | null | undefined): JSX.Element {
  return value === null || value === undefined || value === '' ? notProvided() : String(value);
}

function list(values: readonly string[]): JSX.Element {
  if (values.length === 0) return notProvided();
  return (
    <ul class="govuk-list">
      <For each={values}>{(value) => <li>{value}</li>}</For>
    </ul>
  );
}

/** Registered schools and colleges have Ofsted inspections; unregistered providers do not. */
export function isRegistered(provider: Pick<ProviderOverview, 'registrationStatus'>): boolean {
  return provider.registrationStatus !== 'NON_SCHOOL';
}

function registrationRows(provider: ProviderOverview): SummaryListRow[] {
  const profile = provider.profile;
  const rows: SummaryListRow[] = [
    { key: 'Registration status', value: <RegistrationStatusTag status={provider.registrationStatus} /> },
  ];
  if (provider.urn) rows.push({ key: 'URN', value: provider.urn });
  if (provider.ukprn) rows.push({ key: 'UKPRN', value: provider.ukprn });
  if (provider.settingType) rows.push({ key: 'Setting type', value: settingTypeLabels[provider.settingType] });
  rows.push({ key: 'Legal name', value: orNotProvided(profile.legalName) });
  if (isRegistered(provider)) {
    rows.push({ key: 'Ofsted grade', value: profile.ofstedGrade ? ofstedGradeLabels[profile.ofstedGrade] : notProvided() });
    if (profile.ofstedGrade !== 'NOT_YET_INSPECTED') {
      rows.push({
        key: 'Last inspected',
        value: profile.ofstedInspectionDate ? formatLocalDate(profile.ofstedInspectionDate) : notProvided(),
      });
    }
  }
  return rows;
}

function sectionRows(provider: ProviderOverview, section: ProfileSection): SummaryListRow[] {
  const profile = provider.profile;
  switch (section) {
    case 'registration':
      return registrationRows(provider);
    case 'offer':
      return [
        { key: 'Key stages', value: list(profile.keyStages.map((stage) => keyStageLabels[stage])) },
        { key: 'Focus', value: list(profile.focus.map((focus) => focusLabels[focus])) },
        { key: 'Subjects', value: list(profile.subjects) },
        { key: 'Qualifications', value: list(profile.qualifications) },
      ];
    case 'places':
      return [
        { key: 'Places in all', value: orNotProvided(profile.places) },
        { key: 'Places available now', value: orNotProvided(profile.placesAvailable) },
      ];
    case 'contact':
      return [
        { key: 'Name', value: orNotProvided(profile.contactName) },
        { key: 'Email address', value: orNotProvided(profile.contactEmail) },
        { key: 'Telephone', value: orNotProvided(profile.contactPhone) },
      ];
    case 'dsl':
      return [
        { key: 'Name', value: orNotProvided(profile.dslName) },
        { key: 'Email address', value: orNotProvided(profile.dslEmail) },
        { key: 'Telephone', value: orNotProvided(profile.dslPhone) },
        {
          key: 'Last DSL training',
          value: profile.dslTrainingDate ? formatLocalDate(profile.dslTrainingDate) : notProvided(),
        },
      ];
  }
}

export interface ProviderProfileCardsProps {
  provider: ProviderOverview;
  /** Where each section's "Change" link leads; no links when left out (people who may not edit). */
  changeHref?: (section: ProfileSection) => string;
}

/** A provider's profile as summary cards: registration, offer, places, contacts. */
export function ProviderProfileCards(props: ProviderProfileCardsProps) {
  const sections = Object.keys(profileSections) as ProfileSection[];
  return (
    <>
      <For each={sections}>
        {(section) => (
          <SummaryCard
            title={profileSections[section].title}
            action={
              props.changeHref && {
                href: props.changeHref(section),
                text: 'Change',
                visuallyHiddenText: profileSections[section].change,
              }
            }
          >
            <SummaryList rows={sectionRows(props.provider, section)} />
          </SummaryCard>
        )}
      </For>
      <Show when={props.provider.profile.updatedAt}>
        {(updatedAt) => <p class="govuk-body-s app-secondary-text">Profile last updated {formatDate(updatedAt())}.</p>}
      </Show>
    </>
  );
}
