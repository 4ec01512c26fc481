import { Field, ObjectType } from 'type-graphql';
import { EvidenceType } from './evidence-catalogue.js';
import { EvidenceStatus } from './evidence-status.js';
import { EvidenceVersion } from './evidence.entity.js';

/** Someone from another organisation, shown by name only (their account, e-mail included, stays private). */
@ObjectType('PersonName', { description: 'A person shown by name only, e.g. the officer who verified evidence; their account details stay private.' })
export class PersonName {
  @Field(() => String, { description: 'Their name as it was when they acted.' })
  displayName!: string;
}

/** One kind of evidence for one provider: computed from its versions, never stored. */
@ObjectType('EvidenceItem', { description: 'One kind of evidence in a provider’s QA record, with its status today and every version.' })
export class EvidenceItem {
  @Field(() => EvidenceType, { description: 'Which kind of evidence, from the catalogue.' })
  type!: EvidenceType;

  @Field(() => EvidenceStatus, { description: 'Worked out from the current version’s dates today: CURRENT, EXPIRING, EXPIRED or MISSING.' })
  status!: EvidenceStatus;

  @Field(() => EvidenceVersion, { nullable: true, description: 'The latest version; null when MISSING.' })
  currentVersion!: EvidenceVersion | null;

  @Field(() => [EvidenceVersion], { description: 'Every version, newest first (the current version included).' })
  history!: EvidenceVersion[];
}
