import { Field, ID, InputType } from 'type-graphql';
import { ApSettingType, OrganisationKind, ProviderRegistrationStatus } from './organisation-kind.js';

@InputType('OrganisationFilter', { description: 'Narrows the organisation directory.' })
export class OrganisationFilter {
  @Field(() => OrganisationKind, { nullable: true, description: 'Only this kind.' })
  kind?: OrganisationKind | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, or an exact URN, UKPRN or LA code.' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Schools in, or providers with a site in, this local authority.' })
  localAuthorityId?: string | null;
}

@InputType('CreateLocalAuthorityInput', { description: 'A new local authority.' })
export class CreateLocalAuthorityInput {
  @Field(() => String, { description: 'Name, e.g. "City of Doncaster Council".' })
  name!: string;

  @Field(() => String, { description: 'Three-digit DfE LA code.' })
  laCode!: string;
}

@InputType('CreateSchoolInput', { description: 'A new school.' })
export class CreateSchoolInput {
  @Field(() => String, { description: 'School name.' })
  name!: string;

  @Field(() => String, { description: 'Six-digit URN.' })
  urn!: string;

  @Field(() => String, { description: 'Seven-digit LAESTAB starting with the LA code.' })
  laestab!: string;

  @Field(() => ID, { description: 'The local authority the school is in.' })
  localAuthorityId!: string;
}

@InputType('CreateProviderInput', {
  description: 'A new AP provider: URN, or UKPRN, or neither (then a setting type).',
})
export class CreateProviderInput {
  @Field(() => String, { description: 'Legal or trading name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'URN, for a registered school.' })
  urn?: string | null;

  @Field(() => String, { nullable: true, description: 'UKPRN, when it has one and no URN.' })
  ukprn?: string | null;

  @Field(() => ProviderRegistrationStatus, { description: 'Registered school, FE, or non-school.' })
  registrationStatus!: ProviderRegistrationStatus;

  @Field(() => ApSettingType, { nullable: true, description: 'Required when there is neither URN nor UKPRN.' })
  settingType?: ApSettingType | null;
}

@InputType('ProviderSiteInput', { description: 'An address where the provider teaches pupils.' })
export class ProviderSiteInput {
  @Field(() => ID, { nullable: true, description: 'Platform admins only: which provider. Others add to their own.' })
  providerId?: string | null;

  @Field(() => String, { description: 'Site name.' })
  name!: string;

  @Field(() => String, { description: 'First line of the address.' })
  addressLine1!: string;

  @Field(() => String, { nullable: true, description: 'Second line of the address.' })
  addressLine2?: string | null;

  @Field(() => String, { description: 'Town or city.' })
  town!: string;

  @Field(() => String, { description: 'UK postcode.' })
  postcode!: string;

  @Field(() => ID, { description: 'The local authority the site is in.' })
  localAuthorityId!: string;
}
