import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ProviderRegistrationStatus } from '../organisations/organisation-kind.js';
import { KeyStage, ProvisionFocus } from './profile.entity.js';

export enum EvidenceStanding {
  ALL_CURRENT = 'ALL_CURRENT',
  SOME_EXPIRING = 'SOME_EXPIRING',
  SOME_EXPIRED_OR_MISSING = 'SOME_EXPIRED_OR_MISSING',
}
registerEnumType(EvidenceStanding, {
  name: 'EvidenceStanding',
  description: "How a provider's required evidence stands today, over every required catalogue type.",
  valuesConfig: {
    ALL_CURRENT: { description: 'Every required item is in date and not within the expiring window.' },
    SOME_EXPIRING: { description: 'None expired or missing, but at least one expires within the window.' },
    SOME_EXPIRED_OR_MISSING: { description: 'At least one required item has expired or was never provided.' },
  },
});

@InputType('ProviderDirectoryFilter', { description: 'What a school or LA is looking for in a provider. Every filter given must hold.' })
export class ProviderDirectoryFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, or an exact URN or UKPRN.' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Providers with a site in this local authority.' })
  localAuthorityId?: string | null;

  @Field(() => [KeyStage], { nullable: true, description: 'Providers teaching any of these key stages.' })
  keyStages?: KeyStage[] | null;

  @Field(() => [ProvisionFocus], { nullable: true, description: 'Providers with any of these focuses.' })
  focus?: ProvisionFocus[] | null;

  @Field(() => String, { nullable: true, description: 'A subject or qualification the offer mentions (part of the text).' })
  offer?: string | null;

  @Field(() => [ProviderRegistrationStatus], { nullable: true, description: 'Any of these registration statuses.' })
  registrationStatuses?: ProviderRegistrationStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Currently approved (or conditionally approved) on this framework.' })
  approvedOnFrameworkId?: string | null;

  @Field(() => EvidenceStanding, { nullable: true, description: 'How their required evidence stands today.' })
  evidence?: EvidenceStanding | null;
}
