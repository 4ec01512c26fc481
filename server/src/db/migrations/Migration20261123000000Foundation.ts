import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, grantTenantAccess, systemOnlyTable } from './rls.js';

/** Organisations, people, sessions and audit, with row-level security for the app role. */
export class Migration20261123000000Foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("id" uuid not null, "at" timestamptz not null, "user_id" uuid null, "organisation_id" uuid null, "action" text not null, "subject_type" text not null, "subject_id" text null, "operation" text not null, "ip_address" text null, "request_id" text null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_organisation_id_index" on "audit_event" ("organisation_id");`);
    this.addSql(`create index "audit_event_subject_type_subject_id_index" on "audit_event" ("subject_type", "subject_id");`);
    this.addSql(`create table "organisation" ("id" uuid not null, "name" text not null, "kind" text check ("kind" in ('LOCAL_AUTHORITY', 'SCHOOL', 'PROVIDER', 'PLATFORM')) not null, "created_at" timestamptz not null, "la_code" text null, "urn" text null, "laestab" text null, "local_authority_id" uuid null, "provider_urn" text null, "ukprn" text null, "registration_status" text check ("registration_status" in ('REGISTERED_SCHOOL', 'FURTHER_EDUCATION', 'NON_SCHOOL')) null, "setting_type" text check ("setting_type" in ('NFE', 'OOT', 'OTH', 'WBP')) null, constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`create index "organisation_kind_index" on "organisation" ("kind");`);
    this.addSql(`alter table "organisation" add constraint "organisation_la_code_unique" unique ("la_code");`);
    this.addSql(`alter table "organisation" add constraint "organisation_urn_unique" unique ("urn");`);
    this.addSql(`alter table "organisation" add constraint "organisation_laestab_unique" unique ("laestab");`);
    this.addSql(`create index "organisation_local_authority_id_index" on "organisation" ("local_authority_id");`);
    this.addSql(`alter table "organisation" add constraint "organisation_ukprn_unique" unique ("ukprn");`);
    this.addSql(`create table "provider_site" ("id" uuid not null, "provider_id" uuid not null, "name" text not null, "address_line1" text not null, "address_line2" text null, "town" text not null, "postcode" text not null, "local_authority_id" uuid not null, "created_at" timestamptz not null, constraint "provider_site_pkey" primary key ("id"));`);
    this.addSql(`create index "provider_site_provider_id_index" on "provider_site" ("provider_id");`);
    this.addSql(`create index "provider_site_local_authority_id_index" on "provider_site" ("local_authority_id");`);
    this.addSql(`create table "app_user" ("id" uuid not null, "email" text not null, "display_name" text not null, "password_hash" text not null, "created_at" timestamptz not null, "last_signed_in_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create table "password_reset" ("id" uuid not null, "user_id" uuid not null, "token_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null, constraint "password_reset_pkey" primary key ("id"));`);
    this.addSql(`alter table "password_reset" add constraint "password_reset_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create table "membership" ("id" uuid not null, "user_id" uuid not null, "organisation_id" uuid not null, "roles" text[] not null, "created_at" timestamptz not null, constraint "membership_pkey" primary key ("id"));`);
    this.addSql(`create index "membership_organisation_id_index" on "membership" ("organisation_id");`);
    this.addSql(`alter table "membership" add constraint "membership_user_id_organisation_id_unique" unique ("user_id", "organisation_id");`);
    this.addSql(`create table "user_session" ("id" uuid not null, "token_hash" text not null, "user_id" uuid not null, "active_membership_id" uuid null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "ip_address" text null, "user_agent" text null, constraint "user_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "user_session_user_id_index" on "user_session" ("user_id");`);
    this.addSql(`create table "invitation" ("id" uuid not null, "organisation_id" uuid not null, "email" text not null, "roles" text[] not null, "token_hash" text not null, "invited_by_id" uuid null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null, constraint "invitation_pkey" primary key ("id"));`);
    this.addSql(`create index "invitation_organisation_id_index" on "invitation" ("organisation_id");`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "organisation" add constraint "organisation_local_authority_id_foreign" foreign key ("local_authority_id") references "organisation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "provider_site" add constraint "provider_site_provider_id_foreign" foreign key ("provider_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "provider_site" add constraint "provider_site_local_authority_id_foreign" foreign key ("local_authority_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "password_reset" add constraint "password_reset_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_session" add constraint "user_session_active_membership_id_foreign" foreign key ("active_membership_id") references "membership" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "invitation" add constraint "invitation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "organisation" add constraint "organisation_identifiers_by_kind" check (
      (kind <> 'LOCAL_AUTHORITY' or la_code ~ '^[0-9]{3}$')
      and (kind <> 'SCHOOL' or (urn ~ '^[0-9]{6}$' and laestab ~ '^[0-9]{7}$' and local_authority_id is not null))
      and (kind <> 'PROVIDER' or (registration_status is not null
        and (setting_type is null or (provider_urn is null and ukprn is null)))))`);
    this.addSql(`create unique index "organisation_provider_urn_unique" on "organisation" ("provider_urn") where kind = 'PROVIDER'`);
    this.addSql(`create index "invitation_email_index" on "invitation" ("email")`);
    this.addSql(`create index "password_reset_user_id_index" on "password_reset" ("user_id")`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at")`);
    this.addSql(`create table "login_throttle" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint)`);

    for (const sql of [
      ...APP_ROLE.create(),
      // Directory data: every signed-in user reads it; writes by the organisation itself or a platform admin.
      ...grantTenantAccess('organisation', {
        read: 'app_user_id() is not null',
        write: 'app_is_admin() or id = app_org_id()',
        insert: 'app_is_admin()',
      }),
      ...grantTenantAccess('provider_site', {
        read: 'app_user_id() is not null',
        write: 'app_is_admin() or provider_id = app_org_id()',
      }),
      ...grantTenantAccess('app_user', {
        read: `id = app_user_id() or app_is_admin() or exists (
          select 1 from membership m where m.user_id = app_user.id and m.organisation_id = app_org_id())`,
        write: 'id = app_user_id()',
        insert: 'false',
      }),
      ...grantTenantAccess('membership', {
        read: 'organisation_id = app_org_id() or user_id = app_user_id() or app_is_admin()',
        write: 'organisation_id = app_org_id() or app_is_admin()',
      }),
      ...grantTenantAccess('invitation', {
        read: 'organisation_id = app_org_id() or app_is_admin()',
        write: 'organisation_id = app_org_id() or app_is_admin()',
      }),
      ...grantTenantAccess('audit_event', { read: 'app_is_admin()', write: 'false', insert: 'user_id is not distinct from app_user_id()' }),
      ...systemOnlyTable('user_session'),
      ...systemOnlyTable('password_reset'),
      ...systemOnlyTable('login_throttle'),
    ]) this.addSql(sql);
  }
}
