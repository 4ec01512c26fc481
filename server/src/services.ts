import path from 'node:path';
import { AuditService } from './audit/audit.service.js';
import { AuthService } from './auth/auth.service.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { MeService } from './auth/me.service.js';
import { SessionService } from './auth/session.service.js';
import { ComplianceService } from './compliance/compliance.service.js';
import type { Config } from './config.js';
import type { Orm } from './db/orm.js';
import { createMailer } from './notifications/mailer.js';
import { NotificationService } from './notifications/notification.service.js';
import { OrganisationService } from './organisations/organisation.service.js';
import { PeopleService } from './people/people.service.js';
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
    approvals: new ApprovalService(audit, assessments),
    files,
    documents: new DocumentService(orm, config, files, audit),
    providerProfiles: new ProfileService(audit),
    evidence: new EvidenceService(config, audit),
    providerDirectory: new ProviderDirectoryService(config),
    notifications: new NotificationService(mailer),
    compliance: new ComplianceService(),
  };
}

export type Services = ReturnType<typeof createServices>;
