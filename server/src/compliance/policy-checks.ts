import type { PolicyFacts, ProviderFacts } from './facts.js';
import { PolicyCheck, PolicyRequirement } from './policy-check.type.js';
import { APPROVAL_WORDS, REGISTRATION_WORDS, hasTeamTeachStaff, isApprovedOn, isRegisteredSchool, standingOn } from './policy-rules.js';
import { hours } from './rule.js';

const check = (requirement: PolicyRequirement, title: string, met: boolean, detail: string): PolicyCheck =>
  Object.assign(new PolicyCheck(), { requirement, title, met, detail });

/** Each provider requirement the school's policy makes, and whether this provider meets it (the same tests as the rules). */
export function policyChecks(policy: PolicyFacts, provider: ProviderFacts): PolicyCheck[] {
  const checks: PolicyCheck[] = [];
  if (policy.fullTimeProvidersMustBeRegistered) {
    const met = isRegisteredSchool(provider);
    checks.push(
      check(
        PolicyRequirement.REGISTERED_FOR_FULL_TIME,
        'Registered school, for full-time placements',
        met,
        met
          ? `${provider.name} is a registered school.`
          : `${provider.name} is ${REGISTRATION_WORDS[provider.registrationStatus]}: part-time placements only (less than ${hours(policy.fullTimeHoursThreshold)} a week).`,
      ),
    );
  }
  const framework = policy.requiredFramework;
  if (framework) {
    const standing = standingOn(provider, framework.id);
    checks.push(
      check(
        PolicyRequirement.APPROVED_ON_REQUIRED_FRAMEWORK,
        `Approved on the ${framework.name}`,
        isApprovedOn(provider, framework.id),
        `${provider.name} ${standing ? `is ${APPROVAL_WORDS[standing.status]}` : 'has no decision'} on the ${framework.name}.`,
      ),
    );
  }
  if (policy.teamTeachForBehaviourRisk) {
    const met = hasTeamTeachStaff(provider);
    checks.push(
      check(
        PolicyRequirement.TEAM_TEACH_TRAINED_STAFF,
        'Team Teach trained staff, for pupils with a behaviour risk assessment',
        met,
        met
          ? `${provider.name} has current Team Teach training evidence.`
          : `${provider.name} has no current Team Teach training evidence: not for pupils with a behaviour risk assessment.`,
      ),
    );
  }
  return checks;
}
