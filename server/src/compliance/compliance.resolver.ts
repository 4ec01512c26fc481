import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, connectionType, type Connection } from '../common/connection.js';
import type { Context } from '../graphql/context.js';
import { Provider } from '../organisations/organisation.entity.js';
import { Placement } from '../placements/placement.entity.js';
import { Pupil } from '../pupils/pupil.entity.js';
import { ComplianceFinding, ComplianceSummary, FindingSeverity } from './finding.type.js';
import { PolicyCheck } from './policy-check.type.js';

export const ComplianceFindingConnection = connectionType('ComplianceFinding', () => ComplianceFinding);

@Resolver()
export class ComplianceResolver {
  @Query(() => ComplianceFindingConnection, {
    description:
      "Schools: findings on every placement of the school; LA officers: on the placements of the LA's schools once sent (not drafts). Most serious and longest-standing first; a provider's own finding is listed once.",
  })
  complianceFindings(
    @Arg('severity', () => FindingSeverity, { nullable: true, description: 'Only findings this serious.' }) severity: FindingSeverity | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: Context,
  ): Promise<Connection<ComplianceFinding>> {
    return context.services.compliance.list(context, severity, page);
  }

  @Query(() => ComplianceSummary, { description: 'How many of the findings complianceFindings lists there are of each severity.' })
  complianceSummary(@Ctx() context: Context): Promise<ComplianceSummary> {
    return context.services.compliance.summary(context);
  }
}

@Resolver(() => ComplianceFinding)
export class ComplianceFindingResolver {
  @FieldResolver(() => Placement, { nullable: true, description: 'The placement the finding concerns.' })
  placement(@Root() finding: ComplianceFinding, @Ctx() context: Context): Promise<Placement | null> {
    return context.services.compliance.placementOf(context, finding);
  }
}

@Resolver(() => Placement)
export class PlacementFindingsResolver {
  @FieldResolver(() => [ComplianceFinding], { description: 'Compliance findings on this placement, most serious first; BLOCKING ones stop the agreement being signed.' })
  findings(@Root() placement: Placement, @Ctx() context: Context): Promise<ComplianceFinding[]> {
    return context.services.compliance.placementFindings(context, placement);
  }
}

@Resolver(() => Pupil)
export class PupilFindingsResolver {
  @FieldResolver(() => [ComplianceFinding], { description: "Compliance findings on the pupil's placements." })
  findings(@Root() pupil: Pupil, @Ctx() context: Context): Promise<ComplianceFinding[]> {
    return context.services.compliance.pupilFindings(context, pupil);
  }
}

@Resolver(() => Provider)
export class ProviderPolicyChecksResolver {
  @FieldResolver(() => [PolicyCheck], {
    description: "School members: whether the provider meets each provider requirement of their school's AP policy (empty for others, or when the policy makes none).",
  })
  policyChecks(@Root() provider: Provider, @Ctx() context: Context): Promise<PolicyCheck[]> {
    return context.services.compliance.policyChecks(context, provider);
  }
}
