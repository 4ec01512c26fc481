import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { assertCan, requireMembership } from '../auth/permissions.js';
import { badInput, forbidden } from '../common/errors.js';
import { asUuid } from '../common/ids.js';
import type { Context } from '../graphql/context.js';
import { OrganisationKind } from '../organisations/organisation-kind.js';
import { School } from '../organisations/organisation.entity.js';
import { Placement, PlacementStatus } from '../placements/placement.entity.js';
import { QaFramework } from '../qa/framework.entity.js';
import type { UpdateSchoolApPolicyInput } from './policy.inputs.js';
import { SchoolApPolicy } from './school-policy.entity.js';

const MAX_COMMITMENTS = 30;
const MAX_COMMITMENT_LENGTH = 500;

/** Policies made up from the national defaults for schools that have not saved one (never persisted). */
const unsaved = new WeakSet<SchoolApPolicy>();

/** Whether the school has saved its policy (false: the national defaults stand in). */
export function isSaved(policy: SchoolApPolicy): boolean {
  return !unsaved.has(policy);
}

/**
 * Schools' AP policies: the settings placements start from and the compliance rules enforce.
 * Read by the school, its LA and the providers it places with; changed by the school's leaders.
 */
export class PolicyService {
  constructor(private readonly audit: AuditService) {}

  /** Each school's policy, stored or the national defaults, from one query (also the compliance rules' source). */
  async policiesOfSchools(em: EntityManager, schoolIds: readonly string[]): Promise<SchoolApPolicy[]> {
    const stored = await em.find(SchoolApPolicy, { school: { $in: [...schoolIds] } }, { populate: ['requiredFramework'] });
    return schoolIds.map((id) => stored.find((policy) => policy.school.id === id) ?? defaultPolicy(em, id));
  }

  /**
   * DataLoader batch, for a provider reader: whether each school has sent it a referral. Row-level
   * security shows a provider only its own placements past DRAFT, so any visible one counts.
   */
  async schoolsReferringToProvider(em: EntityManager, schoolIds: readonly string[]): Promise<boolean[]> {
    const placements = await em.find(Placement, { school: { $in: [...schoolIds] }, status: { $ne: PlacementStatus.DRAFT } }, { fields: ['school'] });
    return schoolIds.map((id) => placements.some((placement) => placement.school.id === id));
  }

  async ofSchool(context: Context, school: School): Promise<SchoolApPolicy> {
    const actor = requireMembership(context.auth.actor);
    if (!(await this.canRead(context, actor, school))) {
      throw forbidden("Only the school, its local authority and the providers it places pupils with can see a school's AP policy.");
    }
    return context.loaders.policyBySchool.load(school.id);
  }

  /** The active school's own policy. */
  async mine(context: Context): Promise<SchoolApPolicy> {
    const actor = requireMembership(context.auth.actor);
    if (actor.organisationKind !== OrganisationKind.SCHOOL) throw forbidden('Only a school has an AP policy.');
    const em = await context.tenant.em();
    const [policy] = await this.policiesOfSchools(em, [actor.organisationId]);
    return policy;
  }

  async update(context: Context, input: UpdateSchoolApPolicyInput): Promise<SchoolApPolicy> {
    const actor = assertCan(context.auth.actor, 'school-policy:manage');
    if (actor.organisationKind !== OrganisationKind.SCHOOL) throw forbidden('Only a school sets its AP policy.');
    const settings = validSettings(input);
    const em = await context.tenant.em();
    const requiredFramework = await this.requiredFramework(em, input.requiredFrameworkId);
    const policy =
      (await em.findOne(SchoolApPolicy, { school: actor.organisationId })) ??
      em.create(SchoolApPolicy, { school: em.getReference(School, actor.organisationId, { wrapped: true }) });
    em.assign(policy, { ...settings, requiredFramework, updatedById: actor.userId });
    this.audit.record(em, context, { action: 'write', subjectType: 'SchoolApPolicy', subjectId: policy.id, operation: 'updateSchoolApPolicy' });
    await em.flush();
    return policy;
  }

  private async requiredFramework(em: EntityManager, id: string | null | undefined): Promise<QaFramework | null> {
    if (!id) return null;
    const framework = await em.findOne(QaFramework, { id: asUuid(id, 'requiredFrameworkId') });
    if (!framework) throw badInput('requiredFrameworkId', 'Choose a QA framework from the list');
    return framework;
  }

  /** The school itself, its LA, and providers with a referral from it (as row-level security says). */
  private async canRead(context: Context, actor: Actor & { organisationId: string }, school: School): Promise<boolean> {
    switch (actor.organisationKind) {
      case OrganisationKind.SCHOOL:
        return school.id === actor.organisationId;
      case OrganisationKind.LOCAL_AUTHORITY:
        return school.localAuthority?.id === actor.organisationId;
      case OrganisationKind.PROVIDER:
        return context.loaders.referredByProviderBySchool.load(school.id);
      default:
        return false;
    }
  }
}

function defaultPolicy(em: EntityManager, schoolId: string): SchoolApPolicy {
  const policy = Object.assign(new SchoolApPolicy(), { school: em.getReference(School, schoolId, { wrapped: true }) });
  unsaved.add(policy);
  return policy;
}

type Settings = Omit<UpdateSchoolApPolicyInput, 'requiredFrameworkId'>;

/** The form's settings checked and normalised, or BAD_USER_INPUT naming the first wrong field. */
function validSettings(input: UpdateSchoolApPolicyInput): Settings {
  inRange(input.reviewIntervalWeeks, 1, 16, 'reviewIntervalWeeks', 'Review interval must be between 1 and 16 weeks');
  inRange(input.visitsPerTerm, 0, 12, 'visitsPerTerm', 'Visits per term must be between 0 and 12');
  inRange(input.attendanceTargetPercent, 50, 100, 'attendanceTargetPercent', 'Attendance target must be between 50% and 100%');
  inRange(input.fullTimeHoursThreshold, 10, 32.5, 'fullTimeHoursThreshold', 'Full-time hours must be between 10 and 32.5 hours a week');
  return {
    attendanceReporting: input.attendanceReporting,
    reviewIntervalWeeks: input.reviewIntervalWeeks,
    visitsPerTerm: input.visitsPerTerm,
    reportCadence: input.reportCadence,
    attendanceTargetPercent: input.attendanceTargetPercent,
    fullTimeHoursThreshold: input.fullTimeHoursThreshold,
    fullTimeProvidersMustBeRegistered: input.fullTimeProvidersMustBeRegistered,
    teamTeachForBehaviourRisk: input.teamTeachForBehaviourRisk,
    fullTimeInTotal: input.fullTimeInTotal,
    writtenPlanRequired: input.writtenPlanRequired,
    baselineRequired: input.baselineRequired,
    finalReportRequired: input.finalReportRequired,
    providerCommitments: commitmentLines(input.providerCommitments, 'providerCommitments', 'provider commitment'),
    schoolCommitments: commitmentLines(input.schoolCommitments, 'schoolCommitments', 'school commitment'),
  };
}

function inRange(value: number, min: number, max: number, field: string, message: string): void {
  if (!Number.isFinite(value) || value < min || value > max) throw badInput(field, message);
}

function commitmentLines(lines: string[], field: string, label: string): string[] {
  const kept = lines.map((line) => line.trim().replace(/\s+/g, ' ')).filter(Boolean);
  if (kept.length > MAX_COMMITMENTS) throw badInput(field, `Enter up to ${MAX_COMMITMENTS} lines, one ${label} each`);
  if (kept.some((line) => line.length > MAX_COMMITMENT_LENGTH)) throw badInput(field, `Each ${label} must be ${MAX_COMMITMENT_LENGTH} characters or fewer`);
  return kept;
}
