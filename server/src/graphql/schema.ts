import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../auth/auth.resolver.js';
import {
  OrganisationResolver,
  ProviderResolver,
  ProviderSiteResolver,
  SchoolResolver,
} from '../organisations/organisation.resolver.js';
import { MeNotificationsResolver, NotificationResolver } from '../notifications/notification.resolver.js';
import { ProviderDirectoryResolver } from '../qa/directory.resolver.js';
import { InvitationResolver, MembershipResolver, OrganisationPeopleResolver } from '../people/people.resolver.js';
import { ApprovalResolver, FrameworkApprovalsResolver, ProviderApprovalsResolver } from '../qa/approval.resolver.js';
import {
  ActionItemResolver,
  AssessmentResolver,
  CriterionRatingResolver,
  FrameworkAssessmentsResolver,
  ProviderAssessmentsResolver,
} from '../qa/assessment.resolver.js';
import { EvidenceVerificationResolver, EvidenceVersionResolver, ProviderEvidenceResolver } from '../qa/evidence.resolver.js';
import { FrameworkResolver, FrameworkVersionResolver, LocalAuthorityFrameworksResolver } from '../qa/framework.resolver.js';
import { ProviderProfileResolver } from '../qa/profile.resolver.js';
import { PupilResolver } from '../pupils/pupil.resolver.js';
import { PlacementResolver } from '../placements/placement.resolver.js';
import { AgreementResolver } from '../placements/agreement.resolver.js';
import { PupilPlacementsResolver } from '../placements/pupil-placements.resolver.js';
import { EndingResolver, PlacementFinalReportResolver } from '../placements/ending.resolver.js';
import { MonitoringResolver, PlacementMonitoringResolver, PlacementVisitResolver, ProgressReportResolver } from '../placements/monitoring.resolver.js';
import { LocalAuthority, PlatformOrganisation, Provider, School } from '../organisations/organisation.entity.js';
import { ComplianceFindingResolver, ComplianceResolver, PlacementFindingsResolver, ProviderPolicyChecksResolver, PupilFindingsResolver } from '../compliance/compliance.resolver.js';
import { SchoolApPolicyResolver, SchoolPolicyResolver } from '../policies/policy.resolver.js';
import { AttendanceResolver, PlacementAttendanceResolver, PupilAttendanceResolver, SessionMarkResolver } from '../attendance/attendance.resolver.js';
import { ConcernResolver } from '../safeguarding/concern.resolver.js';
import { IncidentResolver, PlacementIncidentsResolver } from '../safeguarding/incident.resolver.js';
import { AlertResolver } from '../alerts/alert.resolver.js';

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      AuthResolver,
      OrganisationResolver,
      SchoolResolver,
      ProviderResolver,
      ProviderSiteResolver,
      OrganisationPeopleResolver,
      MembershipResolver,
      InvitationResolver,
      ProviderProfileResolver,
      ProviderEvidenceResolver,
      EvidenceVersionResolver,
      EvidenceVerificationResolver,
      FrameworkResolver,
      FrameworkVersionResolver,
      LocalAuthorityFrameworksResolver,
      AssessmentResolver,
      CriterionRatingResolver,
      ActionItemResolver,
      FrameworkAssessmentsResolver,
      ProviderAssessmentsResolver,
      ApprovalResolver,
      FrameworkApprovalsResolver,
      ProviderApprovalsResolver,
      NotificationResolver,
      ProviderDirectoryResolver,
      MeNotificationsResolver,
      PupilResolver,
      PlacementResolver,
      AgreementResolver,
      PupilPlacementsResolver,
      MonitoringResolver,
      PlacementMonitoringResolver,
      PlacementVisitResolver,
      ProgressReportResolver,
      EndingResolver,
      PlacementFinalReportResolver,
      SchoolApPolicyResolver,
      SchoolPolicyResolver,
      ComplianceResolver,
      ComplianceFindingResolver,
      PlacementFindingsResolver,
      PupilFindingsResolver,
      ProviderPolicyChecksResolver,
      AttendanceResolver,
      PlacementAttendanceResolver,
      PupilAttendanceResolver,
      SessionMarkResolver,
      ConcernResolver,
      IncidentResolver,
      PlacementIncidentsResolver,
      AlertResolver,
    ],
    // Implementations reached only through the Organisation interface must still be in the schema.
    orphanedTypes: [LocalAuthority, School, Provider, PlatformOrganisation],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
    emitSchemaFile: false,
  });
}
