import { registerEnumType } from 'type-graphql';

export enum OrganisationKind {
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  SCHOOL = 'SCHOOL',
  PROVIDER = 'PROVIDER',
  PLATFORM = 'PLATFORM',
}
registerEnumType(OrganisationKind, { name: 'OrganisationKind', description: 'What kind of organisation this is.' });

/** Registration status of an AP provider (domain.md §2.1, §10). */
export enum ProviderRegistrationStatus {
  REGISTERED_SCHOOL = 'REGISTERED_SCHOOL',
  FURTHER_EDUCATION = 'FURTHER_EDUCATION',
  NON_SCHOOL = 'NON_SCHOOL',
}
registerEnumType(ProviderRegistrationStatus, {
  name: 'ProviderRegistrationStatus',
  description: 'Whether the provider is a registered school, an FE provider, or non-school (unregistered) AP.',
  valuesConfig: {
    REGISTERED_SCHOOL: { description: 'Registered school (state-funded or independent), has a URN.' },
    FURTHER_EDUCATION: { description: 'Further-education provider.' },
    NON_SCHOOL: { description: 'Non-school (unregistered) alternative provision.' },
  },
});

/** AP census setting type, used only when a provider has neither URN nor UKPRN (domain.md §4.2). */
export enum ApSettingType {
  NFE = 'NFE',
  OOT = 'OOT',
  OTH = 'OTH',
  WBP = 'WBP',
}
registerEnumType(ApSettingType, {
  name: 'ApSettingType',
  description: 'AP census setting type, recorded only when the provider has neither URN nor UKPRN.',
  valuesConfig: {
    NFE: { description: 'Non-maintained further education.' },
    OOT: { description: 'One-on-one tuition.' },
    OTH: { description: 'Other unregistered provider.' },
    WBP: { description: 'Work-based placement.' },
  },
});
