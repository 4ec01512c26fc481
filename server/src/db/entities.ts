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
  Notification,
];
