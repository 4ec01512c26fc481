import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { ApSettingType, OrganisationKind, ProviderRegistrationStatus } from './organisation-kind.js';

/** Every party on the platform: LAs, schools, providers and the platform's own operations team. */
@Entity({ tableName: 'organisation', discriminatorColumn: 'kind', abstract: true })
@InterfaceType('Organisation', {
  description: 'A local authority, school, AP provider or the platform team. Public details are readable by every signed-in user.',
  resolveType: (value: Organisation) => KIND_TO_TYPE[value.kind],
})
export abstract class Organisation {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'The name people know it by.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => OrganisationKind, { description: 'Local authority, school, provider or platform.' })
  @Enum({ items: () => OrganisationKind, type: 'text' })
  kind!: OrganisationKind;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

@Entity({ discriminatorValue: OrganisationKind.LOCAL_AUTHORITY })
@ObjectType('LocalAuthority', { implements: Organisation, description: 'An English local authority.' })
export class LocalAuthority extends Organisation {
  @Field(() => String, { description: 'Three-digit DfE LA code, e.g. 371 for Doncaster.' })
  @Property({ type: 'text', nullable: true, unique: true })
  laCode!: string;
}

@Entity({ discriminatorValue: OrganisationKind.SCHOOL })
@ObjectType('School', { implements: Organisation, description: 'A school that commissions AP placements.' })
export class School extends Organisation {
  @Field(() => String, { description: 'Six-digit Unique Reference Number (GIAS).' })
  @Property({ type: 'text', nullable: true, unique: true })
  urn!: string;

  @Field(() => String, { description: 'LAESTAB (DfE number): LA code followed by the 4-digit establishment number.' })
  @Property({ type: 'text', nullable: true, unique: true })
  laestab!: string;

  @Index()
  @ManyToOne({ entity: () => LocalAuthority, ref: true, nullable: true, fieldName: 'local_authority_id' })
  localAuthority!: Ref<LocalAuthority>;
}

@Entity({ discriminatorValue: OrganisationKind.PROVIDER })
@ObjectType('Provider', { implements: Organisation, description: 'An alternative-provision provider.' })
export class Provider extends Organisation {
  @Field(() => String, { name: 'urn', nullable: true, description: 'URN, when the provider is a registered school.' })
  @Property({ type: 'text', nullable: true })
  providerUrn?: string | null;

  @Field(() => String, { nullable: true, description: 'Eight-digit UKPRN, when it has one and no URN.' })
  @Property({ type: 'text', nullable: true, unique: true })
  ukprn?: string | null;

  @Field(() => ProviderRegistrationStatus, { description: 'Registered school, FE, or non-school AP.' })
  @Enum({ items: () => ProviderRegistrationStatus, type: 'text', nullable: true })
  registrationStatus!: ProviderRegistrationStatus;

  @Field(() => ApSettingType, { nullable: true, description: 'AP census setting type, only when it has neither URN nor UKPRN.' })
  @Enum({ items: () => ApSettingType, type: 'text', nullable: true })
  settingType?: ApSettingType | null;
}

@Entity({ discriminatorValue: OrganisationKind.PLATFORM })
@ObjectType('PlatformOrganisation', { implements: Organisation, description: 'The team that runs the platform.' })
export class PlatformOrganisation extends Organisation {}

const KIND_TO_TYPE: Record<OrganisationKind, string> = {
  LOCAL_AUTHORITY: 'LocalAuthority',
  SCHOOL: 'School',
  PROVIDER: 'Provider',
  PLATFORM: 'PlatformOrganisation',
};
