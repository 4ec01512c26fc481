import { Migration } from '@mikro-orm/migrations';
import { grantTenantAccess, onlyWhile } from './rls.js';

const DRAFT_VERSION = `exists (select 1 from qa_framework_version v where v.id = version_id and v.status = 'DRAFT')`;
const OPEN_ASSESSMENT = `exists (select 1 from qa_assessment a where a.id = assessment_id and a.status = 'IN_PROGRESS')`;

/**
 * LA QA frameworks (versions, criteria), assessments (ratings, QA visits, action plans) and approvals.
 * Frameworks, published versions, completed assessments and approvals are readable by everyone
 * signed in; ratings, visits and action plans by commissioners and the provider itself
 * (app_is_commissioner_of, the twin of qa/qa-access.ts isCommissionerOf). Writes only by
 * the owning LA; published versions and completed assessments are frozen, approvals append-only.
 */
export class Migration20261124100000QaFrameworks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "qa_framework" ("id" uuid not null, "la_id" uuid not null, "name" text not null, "description" text not null default '', "created_at" timestamptz not null, constraint "qa_framework_pkey" primary key ("id"));`);
    this.addSql(`create index "qa_framework_la_id_index" on "qa_framework" ("la_id");`);
    this.addSql(`alter table "qa_framework" add constraint "qa_framework_la_id_name_unique" unique ("la_id", "name");`);
    this.addSql(`create table "qa_framework_version" ("id" uuid not null, "framework_id" uuid not null, "la_id" uuid not null, "number" int not null, "status" text check ("status" in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', "rating_scale" text check ("rating_scale" in ('PASS_FAIL', 'RAG')) not null, "visits_per_year" int null, "months_between_visits" int null, "created_at" timestamptz not null, "published_at" timestamptz null, "published_by_id" uuid null, constraint "qa_framework_version_pkey" primary key ("id"));`);
    this.addSql(`create index "qa_framework_version_framework_id_index" on "qa_framework_version" ("framework_id");`);
    this.addSql(`alter table "qa_framework_version" add constraint "qa_framework_version_framework_id_number_unique" unique ("framework_id", "number");`);
    this.addSql(`create table "qa_criterion" ("id" uuid not null, "version_id" uuid not null, "la_id" uuid not null, "position" int not null, "code" text not null, "title" text not null, "guidance" text not null default '', "evidence_types" text[] not null, constraint "qa_criterion_pkey" primary key ("id"));`);
    this.addSql(`create index "qa_criterion_version_id_index" on "qa_criterion" ("version_id");`);
    this.addSql(`alter table "qa_criterion" add constraint "qa_criterion_version_id_code_unique" unique ("version_id", "code");`);
    this.addSql(`create table "qa_assessment" ("id" uuid not null, "framework_id" uuid not null, "framework_version_id" uuid not null, "la_id" uuid not null, "provider_id" uuid not null, "status" text check ("status" in ('IN_PROGRESS', 'COMPLETED')) not null default 'IN_PROGRESS', "outcome" text check ("outcome" in ('GREEN', 'AMBER', 'RED', 'PASS', 'FAIL')) null, "summary" text null, "started_at" timestamptz not null, "started_by_id" uuid not null, "completed_at" timestamptz null, "completed_by_id" uuid null, "completed_by_name" text null, constraint "qa_assessment_pkey" primary key ("id"));`);
    this.addSql(`create index "qa_assessment_framework_id_index" on "qa_assessment" ("framework_id");`);
    this.addSql(`create index "qa_assessment_provider_id_framework_id_index" on "qa_assessment" ("provider_id", "framework_id");`);
    this.addSql(`create table "qa_criterion_rating" ("id" uuid not null, "assessment_id" uuid not null, "la_id" uuid not null, "provider_id" uuid not null, "criterion_id" uuid not null, "rating" text check ("rating" in ('GREEN', 'AMBER', 'RED', 'PASS', 'FAIL')) not null, "comment" text not null default '', "evidence_checked" text[] not null, "rated_at" timestamptz not null, "rated_by_id" uuid not null, "rated_by_name" text not null, constraint "qa_criterion_rating_pkey" primary key ("id"));`);
    this.addSql(`create index "qa_criterion_rating_assessment_id_index" on "qa_criterion_rating" ("assessment_id");`);
    this.addSql(`alter table "qa_criterion_rating" add constraint "qa_criterion_rating_assessment_id_criterion_id_unique" unique ("assessment_id", "criterion_id");`);
    this.addSql(`create table "qa_approval" ("id" uuid not null, "framework_id" uuid not null, "la_id" uuid not null, "provider_id" uuid not null, "assessment_id" uuid null, "status" text check ("status" in ('APPROVED', 'CONDITIONAL', 'SUSPENDED', 'REMOVED')) not null, "effective_from" date not null, "review_date" date null, "reason" text null, "decided_by_id" uuid not null, "decided_by_name" text not null, "decided_at" timestamptz not null, constraint "qa_approval_pkey" primary key ("id"));`);
    this.addSql(`create index "qa_approval_framework_id_index" on "qa_approval" ("framework_id");`);
    this.addSql(`create index "qa_approval_provider_id_framework_id_decided_at_index" on "qa_approval" ("provider_id", "framework_id", "decided_at");`);
    this.addSql(`create table "qa_action_item" ("id" uuid not null, "assessment_id" uuid not null, "la_id" uuid not null, "provider_id" uuid not null, "criterion_id" uuid null, "description" text not null, "due_date" date not null, "owner" text not null, "status" text check ("status" in ('OPEN', 'DONE')) not null default 'OPEN', "created_at" timestamptz not null, "created_by_id" uuid not null, "done_at" timestamptz null, constraint "qa_action_item_pkey" primary key ("id"));`);
    this.addSql(`create index "qa_action_item_assessment_id_index" on "qa_action_item" ("assessment_id");`);
    this.addSql(`create table "qa_visit" ("id" uuid not null, "assessment_id" uuid not null, "la_id" uuid not null, "provider_id" uuid not null, "visit_date" date not null, "visitor" text not null, "notes" text not null default '', "recorded_at" timestamptz not null, "recorded_by_id" uuid not null, constraint "qa_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "qa_visit_assessment_id_index" on "qa_visit" ("assessment_id");`);
    this.addSql(`alter table "qa_framework" add constraint "qa_framework_la_id_foreign" foreign key ("la_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "qa_framework_version" add constraint "qa_framework_version_framework_id_foreign" foreign key ("framework_id") references "qa_framework" ("id") on update cascade;`);
    this.addSql(`alter table "qa_framework_version" add constraint "qa_framework_version_la_id_foreign" foreign key ("la_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "qa_criterion" add constraint "qa_criterion_version_id_foreign" foreign key ("version_id") references "qa_framework_version" ("id") on update cascade;`);
    this.addSql(`alter table "qa_criterion" add constraint "qa_criterion_la_id_foreign" foreign key ("la_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "qa_assessment" add constraint "qa_assessment_framework_id_foreign" foreign key ("framework_id") references "qa_framework" ("id") on update cascade;`);
    this.addSql(`alter table "qa_assessment" add constraint "qa_assessment_framework_version_id_foreign" foreign key ("framework_version_id") references "qa_framework_version" ("id") on update cascade;`);
    this.addSql(`alter table "qa_assessment" add constraint "qa_assessment_la_id_foreign" foreign key ("la_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "qa_assessment" add constraint "qa_assessment_provider_id_foreign" foreign key ("provider_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "qa_criterion_rating" add constraint "qa_criterion_rating_assessment_id_foreign" foreign key ("assessment_id") references "qa_assessment" ("id") on update cascade;`);
    this.addSql(`alter table "qa_criterion_rating" add constraint "qa_criterion_rating_la_id_foreign" foreign key ("la_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "qa_criterion_rating" add constraint "qa_criterion_rating_provider_id_foreign" foreign key ("provider_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "qa_criterion_rating" add constraint "qa_criterion_rating_criterion_id_foreign" foreign key ("criterion_id") references "qa_criterion" ("id") on update cascade;`);
    this.addSql(`alter table "qa_approval" add constraint "qa_approval_framework_id_foreign" foreign key ("framework_id") references "qa_framework" ("id") on update cascade;`);
    this.addSql(`alter table "qa_approval" add constraint "qa_approval_la_id_foreign" foreign key ("la_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "qa_approval" add constraint "qa_approval_provider_id_foreign" foreign key ("provider_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "qa_approval" add constraint "qa_approval_assessment_id_foreign" foreign key ("assessment_id") references "qa_assessment" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "qa_action_item" add constraint "qa_action_item_assessment_id_foreign" foreign key ("assessment_id") references "qa_assessment" ("id") on update cascade;`);
    this.addSql(`alter table "qa_action_item" add constraint "qa_action_item_la_id_foreign" foreign key ("la_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "qa_action_item" add constraint "qa_action_item_provider_id_foreign" foreign key ("provider_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "qa_action_item" add constraint "qa_action_item_criterion_id_foreign" foreign key ("criterion_id") references "qa_criterion" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "qa_visit" add constraint "qa_visit_assessment_id_foreign" foreign key ("assessment_id") references "qa_assessment" ("id") on update cascade;`);
    this.addSql(`alter table "qa_visit" add constraint "qa_visit_la_id_foreign" foreign key ("la_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "qa_visit" add constraint "qa_visit_provider_id_foreign" foreign key ("provider_id") references "organisation" ("id") on update cascade;`);

    this.addSql(`alter table "qa_framework_version" add constraint "qa_framework_version_one_frequency" check ((visits_per_year is null) <> (months_between_visits is null))`);
    this.addSql(`create unique index "qa_framework_version_one_draft" on "qa_framework_version" ("framework_id") where status = 'DRAFT'`);
    this.addSql(`alter table "qa_assessment" add constraint "qa_assessment_completed_has_outcome" check ((status = 'COMPLETED') = (outcome is not null and completed_at is not null))`);
    this.addSql(`create unique index "qa_assessment_one_in_progress" on "qa_assessment" ("provider_id", "framework_id") where status = 'IN_PROGRESS'`);

    // Commissioners of a provider: LAs now; placements will add schools with a placement there.
    this.addSql(`create or replace function app_is_commissioner_of(provider uuid) returns boolean language sql stable
      as $$ select exists (select 1 from organisation o where o.id = app_org_id() and o.kind = 'LOCAL_AUTHORITY') $$`);
    const details = `app_is_commissioner_of(provider_id) or provider_id = app_org_id()`;
    for (const sql of [
      ...grantTenantAccess('qa_framework', { read: 'app_user_id() is not null', write: 'la_id = app_org_id()' }),
      ...grantTenantAccess('qa_framework_version', { read: `status = 'PUBLISHED' or la_id = app_org_id()`, write: 'la_id = app_org_id()' }),
      ...onlyWhile('qa_framework_version', `status = 'DRAFT'`, ['update', 'delete']),
      ...grantTenantAccess('qa_criterion', {
        read: `la_id = app_org_id() or exists (select 1 from qa_framework_version v where v.id = version_id and v.status = 'PUBLISHED')`,
        write: 'la_id = app_org_id()',
      }),
      ...onlyWhile('qa_criterion', DRAFT_VERSION, ['insert', 'update', 'delete']),
      ...grantTenantAccess('qa_assessment', {
        read: `status = 'COMPLETED' or la_id = app_org_id() or provider_id = app_org_id()`,
        write: 'la_id = app_org_id()',
      }),
      ...onlyWhile('qa_assessment', `exists (select 1 from qa_framework_version v where v.id = framework_version_id and v.status = 'PUBLISHED')`, ['insert']),
      ...onlyWhile('qa_assessment', `status = 'IN_PROGRESS'`, ['update', 'delete']),
      ...grantTenantAccess('qa_criterion_rating', { read: details, write: 'la_id = app_org_id()' }),
      ...onlyWhile('qa_criterion_rating', OPEN_ASSESSMENT, ['insert', 'update', 'delete']),
      ...grantTenantAccess('qa_visit', { read: details, write: 'la_id = app_org_id()' }),
      ...onlyWhile('qa_visit', OPEN_ASSESSMENT, ['insert', 'update', 'delete']),
      ...grantTenantAccess('qa_action_item', { read: details, write: 'la_id = app_org_id()' }),
      ...onlyWhile('qa_action_item', OPEN_ASSESSMENT, ['insert', 'delete']),
      // After completion only the plan's progress may change.
      `revoke update on "qa_action_item" from ap_app`,
      `grant update ("status", "done_at") on "qa_action_item" to ap_app`,
      ...grantTenantAccess('qa_approval', { read: 'app_user_id() is not null', write: 'false', insert: 'la_id = app_org_id()' }),
    ]) this.addSql(sql);
  }
}
