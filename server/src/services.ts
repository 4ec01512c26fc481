import path from 'node:path';
import { AuditService } from './audit/audit.service.js';
import { AuthService } from './auth/auth.service.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { MeService } from './auth/me.service.js';
import { SessionService } from './auth/session.service.js';
import { AlertService } from './alerts/alert.service.js';
import { AttendanceService } from './attendance/attendance.service.js';
import { LiveEvents } from './live/live-events.js';
import { ComplianceService } from './compliance/compliance.service.js';
import type { Config } from './config.js';
import type { Orm } from './db/orm.js';
import { createMailer } from './notifications/mailer.js';
import { NotificationService } from './notifications/notification.service.js';
import { OrganisationService } from './organisations/organisation.service.js';
import { PeopleService } from './people/people.service.js';
import { PolicyService } from './policies/policy.service.js';
import { AgreementService } from './placements/agreement.service.js';
import { EndingService } from './placements/ending.service.js';
import { MonitoringService } from './placements/monitoring.service.js';
import { PlacementService } from './placements/placement.service.js';
import { PupilService } from './pupils/pupil.service.js';
import { ConcernService } from './safeguarding/concern.service.js';
import { IncidentService } from './safeguarding/incident.service.js';
import { ApprovalService } from './qa/approval.service.js';
import { AssessmentService } from './qa/assessment.service.js';
import { DocumentService } from './qa/documents.service.js';
import { ProviderDirectoryService } from './qa/directory.service.js';
import { EvidenceService } from './qa/evidence.service.js';
import { FrameworkService } from './qa/framework.service.js';
import { ProfileService } from './qa/profile.service.js';
import { LocalDiskStorage } from './qa/storage/local-disk-storage.js';

/** The composition root: every service, built once per process. */
export function createServices(config: Config, orm: Orm) {
  const audit = new AuditService();
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: path.join(config.dataDir, 'outbox') });
  const sessions = new SessionService(orm, config);
  const throttle = new LoginThrottle(orm, config.login);
  const files = new LocalDiskStorage(path.join(config.dataDir, 'files'));
  const frameworks = new FrameworkService(audit);
  const assessments = new AssessmentService(audit, frameworks);
  const notifications = new NotificationService(mailer);
  const evidence = new EvidenceService(config, audit);
  const approvals = new ApprovalService(audit, assessments);
  const policies = new PolicyService(audit);
  const compliance = new ComplianceService({ policies, evidence, approvals });
  const placements = new PlacementService(config, audit, notifications);
  const live = new LiveEvents(orm);
  return {
    config,
    audit,
    mailer,
    sessions,
    auth: new AuthService(orm, config, sessions, throttle, mailer, audit),
    me: new MeService(),
    organisations: new OrganisationService(audit),
    people: new PeopleService(config, mailer, audit),
    frameworks,
    assessments,
    approvals,
    files,
    documents: new DocumentService(orm, config, files, audit),
    providerProfiles: new ProfileService(audit),
    evidence,
    providerDirectory: new ProviderDirectoryService(config),
    notifications,
    compliance,
    policies,
    placements,
    agreements: new AgreementService(audit, placements, compliance),
    monitoring: new MonitoringService(config, audit, notifications),
    ending: new EndingService(config, audit, notifications),
    pupils: new PupilService(audit),
    attendance: new AttendanceService(config, audit),
    live,
    alerts: new AlertService(config, audit, notifications, live),
    concerns: new ConcernService(config, audit, notifications),
    incidents: new IncidentService(config, audit, notifications),
  };
}

export type Services = ReturnType<typeof createServices>;
