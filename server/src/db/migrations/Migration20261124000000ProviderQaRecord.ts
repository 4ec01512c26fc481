import { Migration } from '@mikro-orm/migrations';
import { grantTenantAccess } from './rls.js';

const EVIDENCE_TYPES = [
  'EMPLOYERS_LIABILITY_INSURANCE', 'PUBLIC_LIABILITY_INSURANCE', 'PROFESSIONAL_INDEMNITY_INSURANCE', 'LEGAL_ENTITY', 'FINANCIAL_STANDING',
  'SAFEGUARDING_POLICY', 'STAFF_CHECKS_CONFIRMATION', 'DSL_TRAINING', 'STAFF_SAFEGUARDING_TRAINING', 'BEHAVIOUR_POLICY', 'TEAM_TEACH_TRAINING',
  'HEALTH_AND_SAFETY_POLICY', 'RISK_ASSESSMENTS', 'FIRE_RISK_ASSESSMENT', 'FIRST_AID', 'DATA_PROTECTION_POLICY', 'COMPLAINTS_PROCEDURE',
  'ATTENDANCE_PROCEDURE', 'ADMISSIONS_POLICY', 'EQUALITY_STATEMENT', 'RSHE_POLICY', 'EDUCATIONAL_VISITS_POLICY', 'CURRICULUM_AND_STAFF_QUALIFICATIONS',
].map((code) => `'${code}'`).join(', ');

/**
 * The shared provider QA record: profile, uploaded documents, evidence versions and LA verifications.
 * Everything is readable by every signed-in user (documents' bytes are guarded by the service);
 * versions and verifications are append-only for the app role.
 */
export class Migration20261124000000ProviderQaRecord extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "provider_profile" ("id" uuid not null, "provider_id" uuid not null, "legal_name" text null, "ofsted_grade" text check ("ofsted_grade" in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE', 'NOT_YET_INSPECTED')) null, "ofsted_inspection_date" date null, "key_stages" text[] not null, "subjects" text[] not null, "qualifications" text[] not null, "focus" text[] not null, "places" int null, "places_available" int null, "contact_name" text null, "contact_email" text null, "contact_phone" text null, "dsl_name" text null, "dsl_email" text null, "dsl_phone" text null, "dsl_training_date" date null, "updated_at" timestamptz null, constraint "provider_profile_pkey" primary key ("id"));`);
    this.addSql(`alter table "provider_profile" add constraint "provider_profile_provider_id_unique" unique ("provider_id");`);
    this.addSql(`create table "document" ("id" uuid not null, "owner_id" uuid not null, "filename" text not null, "content_type" text not null, "size" int not null, "sha256" text not null, "storage_key" text not null, "uploaded_by_id" uuid not null, "uploaded_at" timestamptz not null, constraint "document_pkey" primary key ("id"));`);
    this.addSql(`create index "document_owner_id_index" on "document" ("owner_id");`);
    this.addSql(`create table "evidence_version" ("id" uuid not null, "provider_id" uuid not null, "type" text check ("type" in (${EVIDENCE_TYPES})) not null, "number" int not null, "document_id" uuid not null, "issuer" text null, "valid_from" date not null, "expires_on" date not null, "cover_amount" int null, "kcsie_year" int null, "reports_changes_undertaking" boolean null, "trained_staff_count" int null, "course_name" text null, "uploaded_by_id" uuid not null, "uploaded_by_name" text not null, "uploaded_at" timestamptz not null, constraint "evidence_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "evidence_version" add constraint "evidence_version_provider_id_type_number_unique" unique ("provider_id", "type", "number");`);
    this.addSql(`create table "evidence_verification" ("id" uuid not null, "version_id" uuid not null, "local_authority_id" uuid not null, "verified_by_id" uuid not null, "verified_by_name" text not null, "verified_at" timestamptz not null, constraint "evidence_verification_pkey" primary key ("id"));`);
    this.addSql(`alter table "evidence_verification" add constraint "evidence_verification_version_id_local_authority_id_unique" unique ("version_id", "local_authority_id");`);
    this.addSql(`alter table "provider_profile" add constraint "provider_profile_provider_id_foreign" foreign key ("provider_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "document" add constraint "document_owner_id_foreign" foreign key ("owner_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "document" add constraint "document_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "evidence_version" add constraint "evidence_version_provider_id_foreign" foreign key ("provider_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "evidence_version" add constraint "evidence_version_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade;`);
    this.addSql(`alter table "evidence_version" add constraint "evidence_version_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "evidence_verification" add constraint "evidence_verification_version_id_foreign" foreign key ("version_id") references "evidence_version" ("id") on update cascade;`);
    this.addSql(`alter table "evidence_verification" add constraint "evidence_verification_local_authority_id_foreign" foreign key ("local_authority_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "evidence_verification" add constraint "evidence_verification_verified_by_id_foreign" foreign key ("verified_by_id") references "app_user" ("id") on update cascade;`);

    // The service's rules, held by the database too.
    this.addSql(`alter table "provider_profile" add constraint "provider_profile_places" check (places >= 0 and places_available >= 0 and places_available <= places)`);
    this.addSql(`alter table "document" add constraint "document_size_positive" check (size > 0)`);
    this.addSql(`alter table "evidence_version" add constraint "evidence_version_dates" check (expires_on > valid_from)`);
    this.addSql(`alter table "evidence_version" add constraint "evidence_version_number_positive" check (number >= 1)`);
    this.addSql(`create index "evidence_version_document_id_index" on "evidence_version" ("document_id")`);

    for (const sql of [
      ...grantTenantAccess('provider_profile', { read: 'app_user_id() is not null', write: 'provider_id = app_org_id()' }),
      ...grantTenantAccess('document', {
        read: 'app_user_id() is not null',
        write: 'false',
        insert: 'owner_id = app_org_id() and uploaded_by_id = app_user_id()',
      }),
      ...grantTenantAccess('evidence_version', {
        read: 'app_user_id() is not null',
        write: 'false',
        insert: 'provider_id = app_org_id() and uploaded_by_id = app_user_id()',
      }),
      ...grantTenantAccess('evidence_verification', {
        read: 'app_user_id() is not null',
        write: 'false',
        insert: `local_authority_id = app_org_id() and verified_by_id = app_user_id()
          and exists (select 1 from organisation o where o.id = evidence_verification.local_authority_id and o.kind = 'LOCAL_AUTHORITY')`,
      }),
    ]) this.addSql(sql);
  }
}
