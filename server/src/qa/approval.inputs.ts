import { Field, ID, InputType } from 'type-graphql';
import { QaApprovalStatus } from './approval.entity.js';

@InputType('DecideApprovalInput', {
  description:
    'A decision on a provider’s standing on your LA’s framework. Approving (or approving on conditions) needs a completed assessment whose outcome is not red or fail.',
})
export class DecideApprovalInput {
  @Field(() => ID, { description: 'Your LA’s framework.' })
  frameworkId!: string;

  @Field(() => ID, { description: 'The provider.' })
  providerId!: string;

  @Field(() => QaApprovalStatus, { description: 'Approved, conditional, suspended or removed.' })
  status!: QaApprovalStatus;

  @Field(() => String, { description: 'Date it takes effect, YYYY-MM-DD.' })
  effectiveFrom!: string;

  @Field(() => String, { nullable: true, description: 'Date to review it or when it expires, YYYY-MM-DD: after it takes effect.' })
  reviewDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Why: required for every status but APPROVED.' })
  reason?: string | null;
}
