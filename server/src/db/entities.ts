import { SessionMark, SessionMarkChange } from '../attendance/session-mark.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { PasswordReset } from '../auth/password-reset.entity.js';
import { Session } from '../auth/session.entity.js';
import {
  LocalAuthority,
  Organisation,
  PlatformOrganisation,
  Provider,
  School,
} from '../organisations/organisation.entity.js';
import { ProviderSite } from '../organisations/provider-site.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { Invitation } from '../people/invitation.entity.js';
import { Membership } from '../people/membership.entity.js';
import { User } from '../people/user.entity.js';
import { QaApproval } from '../qa/approval.entity.js';
import { QaActionItem, QaAssessment, QaCriterionRating, QaVisit } from '../qa/assessment.entity.js';
import { Document } from '../qa/documents.entity.js';
import { EvidenceVerification, EvidenceVersion } from '../qa/evidence.entity.js';
import { QaCriterion, QaFramework, QaFrameworkVersion } from '../qa/framework.entity.js';
import { ProviderProfile } from '../qa/profile.entity.js';
import { AgreementSignature, PlacementAgreement } from '../placements/agreement.entity.js';
import { FinalReport } from '../placements/final-report.entity.js';
import { PlanObjective } from '../placements/objective.entity.js';
import { Placement, PlacementReason } from '../placements/placement.entity.js';
import { ProgressReport } from '../placements/progress-report.entity.js';
import { PlacementReview } from '../placements/review.entity.js';
import { PlacementVisit } from '../placements/visit.entity.js';
import { SchoolApPolicy } from '../policies/school-policy.entity.js';
import { Pupil } from '../pupils/pupil.entity.js';
import { ConcernAcknowledgement, ConcernUpdate, SafeguardingConcern } from '../safeguarding/concern.entity.js';
import { BehaviourIncident } from '../safeguarding/incident.entity.js';
import { AbsenceAlert } from '../alerts/absence-alert.entity.js';

/** Every entity, listed as classes: globs do not survive bundling or vitest. */
export const entities = [
  Organisation,
  LocalAuthority,
  School,
  Provider,
  PlatformOrganisation,
  ProviderSite,
  User,
  Membership,
  Invitation,
  Session,
  PasswordReset,
  AuditEvent,
  QaFramework,
  QaFrameworkVersion,
  QaCriterion,
  QaAssessment,
  QaCriterionRating,
  QaVisit,
  QaActionItem,
  QaApproval,
  Document,
  ProviderProfile,
  EvidenceVersion,
  EvidenceVerification,
  Notification,
  Pupil,
  PlacementReason,
  Placement,
  PlanObjective,
  PlacementAgreement,
  AgreementSignature,
  PlacementReview,
  PlacementVisit,
  ProgressReport,
  FinalReport,
  SchoolApPolicy,
  SessionMark,
  SessionMarkChange,
  SafeguardingConcern,
  ConcernUpdate,
  ConcernAcknowledgement,
  BehaviourIncident,
  AbsenceAlert,
];
