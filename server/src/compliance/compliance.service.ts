import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor.js';
import { assertCan, requireActor, requireMembership } from '../auth/permissions.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../common/connection.js';
import { forbidden } from '../common/errors.js';
import type { Context } from '../graphql/context.js';
import { OrganisationKind } from '../organisations/organisation-kind.js';
import { type Provider, School } from '../organisations/organisation.entity.js';
import { Placement, PlacementStatus } from '../placements/placement.entity.js';
import type { Pupil } from '../pupils/pupil.entity.js';
import { todayInEngland } from '../qa/evidence-dates.js';
import { loadPlacementFacts, policyFacts, providerStanding, type FactSources } from './facts-loader.js';
import { ComplianceFinding, ComplianceSummary, FindingSeverity, FindingSubject } from './finding.type.js';
import type { PolicyCheck } from './policy-check.type.js';
import { policyChecks } from './policy-checks.js';
import { byUrgency, evaluate } from './rules.js';

const POPULATE = ['school', 'provider'] as const;

/**
 * Evaluates the compliance rules (architecture.md; domain.md §1.2, §1.4, §2.3, §2.4, §8) and each
 * school's own policy on read: nothing is stored, so a finding clears the moment its cause does.
 */
export class ComplianceService {
  constructor(private readonly sources: FactSources) {}

  /** Findings that stop the placement's agreement being signed: BLOCKING ones. */
  async blockingFindings(em: EntityManager, placementId: string): Promise<ComplianceFinding[]> {
    const [findings] = await this.findingsOfPlacements(em, [placementId]);
    return findings.filter((found) => found.severity === FindingSeverity.BLOCKING);
  }

  /** DataLoader batch: each placement's findings (none for a placement the reader cannot see). */
  async findingsOfPlacements(em: EntityManager, placementIds: readonly string[]): Promise<ComplianceFinding[][]> {
    const placements = await em.find(Placement, { id: { $in: [...placementIds] } }, { populate: POPULATE });
    const byPlacement = await this.evaluateAll(em, placements);
    return placementIds.map((id) => byPlacement.get(id) ?? []);
  }

  /** DataLoader batch: the findings of each pupil's placements. */
  async findingsOfPupils(em: EntityManager, pupilIds: readonly string[]): Promise<ComplianceFinding[][]> {
    const placements = await em.find(Placement, { pupil: { $in: [...pupilIds] } }, { populate: POPULATE, orderBy: { createdAt: 'desc' } });
    const byPlacement = await this.evaluateAll(em, placements);
    return pupilIds.map((pupilId) => placements.filter((placement) => placement.pupil.id === pupilId).flatMap((placement) => byPlacement.get(placement.id)!));
  }

  /** DataLoader batch: placements by id (null where the reader cannot see one), for a finding's placement. */
  async placementsByIds(em: EntityManager, ids: readonly string[]): Promise<(Placement | null)[]> {
    const placements = await em.find(Placement, { id: { $in: [...ids] } });
    return ids.map((id) => placements.find((placement) => placement.id === id) ?? null);
  }

  async placementOf(context: Context, finding: ComplianceFinding): Promise<Placement | null> {
    requireActor(context.auth.actor);
    return finding.placementId ? context.loaders.placementById.load(finding.placementId) : null;
  }

  placementFindings(context: Context, placement: Placement): Promise<ComplianceFinding[]> {
    requireActor(context.auth.actor);
    return context.loaders.findingsByPlacement.load(placement.id);
  }

  pupilFindings(context: Context, pupil: Pupil): Promise<ComplianceFinding[]> {
    requireActor(context.auth.actor);
    return context.loaders.findingsByPupil.load(pupil.id);
  }

  /**
   * Every finding on the active school's placements, or on the placements of an LA's schools, most
   * urgent first. A provider's own finding (its evidence, registration) is listed once.
   */
  async list(context: Context, severity: FindingSeverity | null | undefined, page: PageArgs): Promise<Connection<ComplianceFinding>> {
    const { offset, limit } = pageWindow(page);
    const findings = (await this.ownFindings(context)).filter((found) => !severity || found.severity === severity);
    return toConnection(findings.slice(offset, offset + limit), findings.length, offset);
  }

  /** How many of those findings there are of each severity. */
  async summary(context: Context): Promise<ComplianceSummary> {
    const findings = await this.ownFindings(context);
    const count = (severity: FindingSeverity) => findings.filter((found) => found.severity === severity).length;
    return Object.assign(new ComplianceSummary(), { blocking: count(FindingSeverity.BLOCKING), warning: count(FindingSeverity.WARNING), info: count(FindingSeverity.INFO) });
  }

  private async ownFindings(context: Context): Promise<ComplianceFinding[]> {
    const actor = assertCan(context.auth.actor, 'placement:read');
    const em = await context.tenant.em();
    const placements = await em.find(Placement, ownPlacements(actor), { populate: POPULATE });
    return onePerProvider([...(await this.evaluateAll(em, placements)).values()].flat()).sort(byUrgency);
  }

  /** For a school member: whether the provider meets each provider requirement of their school's policy. Others get none. */
  async policyChecks(context: Context, provider: Provider): Promise<PolicyCheck[]> {
    const actor = requireMembership(context.auth.actor);
    if (actor.organisationKind !== OrganisationKind.SCHOOL) return [];
    const em = await context.tenant.em();
    const school = await em.findOneOrFail(School, actor.organisationId);
    const [policy] = await this.sources.policies.policiesOfSchools(em, [school.id]);
    const approvals = await context.loaders.currentApprovalsByProvider.load(provider.id);
    const evidence = await context.loaders.evidenceByProvider.load(provider.id);
    return policyChecks(policyFacts(policy, school), providerStanding(provider, approvals, evidence));
  }

  private async evaluateAll(em: EntityManager, placements: Placement[]): Promise<Map<string, ComplianceFinding[]>> {
    const facts = await loadPlacementFacts(em, placements, this.sources);
    const today = todayInEngland();
    return new Map([...facts].map(([id, placementFacts]) => [id, evaluate(placementFacts, today)]));
  }
}

/** A school's placements; an LA's schools' placements once it has been told of them (sent, not drafts). */
function ownPlacements(actor: Actor & { organisationId: string }): FilterQuery<Placement> {
  if (actor.organisationKind === OrganisationKind.SCHOOL) return { school: actor.organisationId, status: { $ne: PlacementStatus.CANCELLED } };
  if (actor.organisationKind === OrganisationKind.LOCAL_AUTHORITY) {
    return { localAuthority: actor.organisationId, status: { $nin: [PlacementStatus.DRAFT, PlacementStatus.CANCELLED] } };
  }
  throw forbidden('Compliance findings are listed for schools and local authorities.');
}

function onePerProvider(findings: ComplianceFinding[]): ComplianceFinding[] {
  const seen = new Set<string>();
  return findings.filter((found) => {
    if (found.subject !== FindingSubject.PROVIDER) return true;
    const key = `${found.rule}:${found.subjectId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
