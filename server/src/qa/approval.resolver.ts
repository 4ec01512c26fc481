import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { PageArgs, connectionType, type Connection } from '../common/connection.js';
import type { Context } from '../graphql/context.js';
import { LocalAuthority, Provider } from '../organisations/organisation.entity.js';
import { QaApproval, QaApprovalStatus } from './approval.entity.js';
import { DecideApprovalInput } from './approval.inputs.js';
import { QaAssessment } from './assessment.entity.js';
import { QaFramework } from './framework.entity.js';

export const QaApprovalConnection = connectionType('QaApproval', () => QaApproval);

@Resolver(() => QaApproval)
export class ApprovalResolver {
  @FieldResolver(() => QaFramework, { description: 'The framework.' })
  framework(@Root() approval: QaApproval): Promise<QaFramework> {
    return approval.framework.loadOrFail();
  }

  @FieldResolver(() => LocalAuthority, { description: 'The local authority that decided.' })
  localAuthority(@Root() approval: QaApproval): Promise<LocalAuthority> {
    return approval.localAuthority.loadOrFail();
  }

  @FieldResolver(() => Provider, { description: 'The provider.' })
  provider(@Root() approval: QaApproval): Promise<Provider> {
    return approval.provider.loadOrFail();
  }

  @FieldResolver(() => QaAssessment, { nullable: true, description: 'The completed assessment an approval rests on; null for suspending or removing.' })
  async assessment(@Root() approval: QaApproval): Promise<QaAssessment | null> {
    return approval.assessment ? approval.assessment.loadOrFail() : null;
  }

  @Mutation(() => QaApproval, {
    description:
      'The framework’s LA (commissioners, QA officers): record a decision on a provider’s standing. Never changes an earlier decision; the latest is current.',
  })
  decideApproval(@Arg('input', () => DecideApprovalInput) input: DecideApprovalInput, @Ctx() context: Context): Promise<QaApproval> {
    return context.services.approvals.decideApproval(context, input);
  }
}

@Resolver(() => QaFramework)
export class FrameworkApprovalsResolver {
  @FieldResolver(() => QaApprovalConnection, { description: 'The current standing of every provider with a decision on this framework, by provider name.' })
  currentApprovals(
    @Root() framework: QaFramework,
    @Arg('status', () => QaApprovalStatus, { nullable: true, description: 'Only providers currently at this status.' }) status: QaApprovalStatus | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<Connection<QaApproval>> {
    return context.services.approvals.onFramework(context, framework.id, status, page);
  }
}

@Resolver(() => Provider)
export class ProviderApprovalsResolver {
  @FieldResolver(() => [QaApproval], { description: 'Current standing on each LA framework with a decision (the latest decision of each). Shared with everyone signed in.' })
  approvals(@Root() provider: Provider, @Ctx() context: Context): Promise<QaApproval[]> {
    return context.services.approvals.current(context, provider.id);
  }

  @FieldResolver(() => QaApprovalConnection, { description: 'Every decision on the provider, newest first, optionally on one framework.' })
  approvalHistory(
    @Root() provider: Provider,
    @Arg('frameworkId', () => ID, { nullable: true, description: 'Only on this framework.' }) frameworkId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<Connection<QaApproval>> {
    return context.services.approvals.history(context, provider.id, frameworkId, page);
  }
}
