import { Migration } from '@mikro-orm/migrations';
import { grantTenantAccess, onlyWhile } from './rls.js';

/** A child row of a placement the actor can read (placement's own row-level security decides). */
const PLACEMENT_VISIBLE = `exists (select 1 from placement p where p.id = placement_id)`;
const SCHOOL_OF_PLACEMENT = `exists (select 1 from placement p where p.id = placement_id and p.school_id = app_org_id())`;
const PROVIDER_OF_PLACEMENT = `exists (select 1 from placement p where p.id = placement_id and p.provider_id = app_org_id() and p.status <> 'DRAFT')`;

/** Census placement reasons as far as domain.md has verified them (§4.1, §4.2); census codes wait for the DfE codeset. */
const PLACEMENT_REASONS: [id: string, label: string, source: string][] = [
  ['permanent-exclusion', 'Permanent exclusion', 'AP census primary reason for placement: permanent exclusion takes precedence (https://www.fenews.co.uk/resources/data-items-2/)'],
  ['behavioural-support', 'Behavioural support', 'School-arranged AP statistics, top reasons (https://schoolsweek.co.uk/20k-pupils-in-unregistered-alternative-provision-study-finds/)'],
  ['medical-mental-health', 'Medical condition (mental health need)', 'AP placements statistics (https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/8dd78de2-115b-422a-ae8e-92362554565d)'],
  ['named-in-ehc-plan', 'Setting named in an EHC plan', 'LA-funded AP statistics (https://schoolsweek.co.uk/alternative-provision-placements-soar-to-pre-pandemic-levels)'],
  ['other', 'Other', 'School-arranged AP statistics (https://schoolsweek.co.uk/20k-pupils-in-unregistered-alternative-provision-study-finds/)'],
];

const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * Pupils, placements (referral, plan, agreement versions and signatures, reviews, visits, provider
 * reports, final report) and schools' AP policies, with row-level security:
 * - a pupil: the home school and its LA; providers never read the row, only the placement's shared summary;
 * - a placement and its records: the home school, the home LA, the provider once the referral is
 *   sent, and LAs where the placement's sites are (host LA, app_hosts_placement);
 * - the school writes the referral, plan, agreement, reviews and visits; the provider its reports;
 *   each party signs for itself (the school records the parent's signature); a signed agreement never changes;
 * - a school's AP policy: the school, its LA, and providers and host LAs of its sent placements (findings read the same to all).
 */
export class Migration20261125000000Placements extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "placement_reason" ("id" text not null, "label" text not null, "census_code" text null, "source" text not null, "position" smallint not null, constraint "placement_reason_pkey" primary key ("id"));`);
    this.addSql(`create table "pupil" ("id" uuid not null, "school_id" uuid not null, "upn" text not null, "legal_surname" text not null, "legal_forename" text not null, "preferred_surname" text null, "preferred_forename" text null, "date_of_birth" date not null, "sex" text check ("sex" in ('F', 'M', 'U')) not null, "year_group" smallint not null, "ehc_plan" boolean not null default false, "sen_support" boolean not null default false, "looked_after" boolean not null default false, "social_worker_name" text null, "social_worker_contact" text null, "youth_offending_worker_name" text null, "youth_offending_worker_contact" text null, "behaviour_risk_assessment" boolean not null default false, "medical_needs" text null, "emergency_contact_name" text null, "emergency_contact_phone" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "pupil_pkey" primary key ("id"));`);
    this.addSql(`create index "pupil_school_id_legal_surname_legal_forename_index" on "pupil" ("school_id", "legal_surname", "legal_forename");`);
    this.addSql(`alter table "pupil" add constraint "pupil_school_id_upn_unique" unique ("school_id", "upn");`);
    this.addSql(`create table "placement" ("id" uuid not null, "pupil_id" uuid not null, "school_id" uuid not null, "la_id" uuid not null, "provider_id" uuid not null, "status" text check ("status" in ('DRAFT', 'PROPOSED', 'AGREED', 'ACTIVE', 'ENDED', 'CANCELLED')) not null default 'DRAFT', "reason_id" text not null, "legal_basis" text check ("legal_basis" in ('S19_LA_DUTY', 'S100_SUSPENSION', 'S29A_OFF_SITE_DIRECTION', 'OTHER_SCHOOL_ARRANGED')) not null, "graduated_response" text null, "parent_involvement" text null, "pupil_views" text null, "parent_notice_given_on" date null, "send_caseworker_notified_on" date null, "dual_registered" boolean not null default false, "home_school_hours_per_week" double precision not null default 0, "full_time_medically_inappropriate" boolean not null default false, "plan_rationale" text null, "plan_assessment_arrangements" text null, "plan_reintegration_route" text null, "plan_readiness_criteria" text null, "plan_links_to_ehc_plan" boolean not null default false, "plan_links_to_pep" boolean not null default false, "plan_links_to_health_plan" boolean not null default false, "plan_linked_plan_notes" text null, "shared_name" text null, "shared_year_group" smallint null, "shared_date_of_birth" date null, "shared_needs_summary" text null, "shared_medical_needs" text null, "shared_behaviour_risk_assessment" boolean null default false, "shared_ehc_plan" boolean null default false, "shared_looked_after" boolean null default false, "shared_emergency_contact_name" text null, "shared_emergency_contact_phone" text null, "proposed_at" timestamptz null, "la_notified_at" timestamptz null, "agreed_at" timestamptz null, "started_on" date null, "ended_on" date null, "end_reason" text null, "destination" text check ("destination" in ('RETURNED_TO_HOME_SCHOOL', 'MOVED_TO_ANOTHER_SCHOOL', 'SPECIALIST_PROVISION', 'FURTHER_EDUCATION', 'APPRENTICESHIP_OR_TRAINING', 'EMPLOYMENT_WITH_TRAINING', 'ANOTHER_ALTERNATIVE_PROVISION', 'NOT_IN_EDUCATION_EMPLOYMENT_OR_TRAINING', 'OTHER')) null, "destination_detail" text null, "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "placement_pkey" primary key ("id"));`);
    this.addSql(`create index "placement_pupil_id_index" on "placement" ("pupil_id");`);
    this.addSql(`create index "placement_provider_id_status_index" on "placement" ("provider_id", "status");`);
    this.addSql(`create index "placement_school_id_status_index" on "placement" ("school_id", "status");`);
    this.addSql(`create table "progress_report" ("id" uuid not null, "placement_id" uuid not null, "kind" text check ("kind" in ('TERMLY', 'HALF_TERMLY')) not null, "period_start" date not null, "period_end" date not null, "staff_name" text not null, "attendance_percent" smallint not null, "attendance_commentary" text null, "punctuality" text not null, "attitude_to_learning" text not null, "skills_covered" text not null, "targets_next_term" text not null, "pupil_views" text null, "other_comments" text null, "written_by_id" uuid not null, "created_at" timestamptz not null, constraint "progress_report_pkey" primary key ("id"));`);
    this.addSql(`create index "progress_report_placement_id_period_end_index" on "progress_report" ("placement_id", "period_end");`);
    this.addSql(`create table "plan_objective" ("id" uuid not null, "placement_id" uuid not null, "position" smallint not null, "description" text not null, "baseline" text null, "target" text not null, "measure" text not null, "timeframe" text not null, "outcome" text check ("outcome" in ('ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED')) null, "outcome_note" text null, "created_at" timestamptz not null, constraint "plan_objective_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_objective_placement_id_position_index" on "plan_objective" ("placement_id", "position");`);
    this.addSql(`create table "placement_visit" ("id" uuid not null, "placement_id" uuid not null, "visited_at" timestamptz not null, "staff_member" text not null, "pupil_class" text null, "attendance_percent" smallint null, "safeguarding_concerns" boolean not null default false, "attendance_notes" text null, "behaviour_welfare_notes" text null, "progress" text null, "attainment" text null, "curriculum_notes" text null, "other_agencies" text null, "actions_for_school" text null, "actions_for_provision" text null, "parent_contact" boolean not null, "no_parent_contact_reason" text null, "pupil_views" text null, "review_meeting_on" date null, "recorded_by_id" uuid not null, "created_at" timestamptz not null, constraint "placement_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "placement_visit_placement_id_visited_at_index" on "placement_visit" ("placement_id", "visited_at");`);
    this.addSql(`create table "placement_review" ("id" uuid not null, "placement_id" uuid not null, "held_on" date not null, "attendees" text[] not null, "objective_progress" jsonb not null, "outcome" text check ("outcome" in ('CONTINUE', 'ADJUST', 'END')) not null, "summary" text null, "pupil_views" text null, "parent_views" text null, "next_review_on" date null, "recorded_by_id" uuid not null, "recorded_by_name" text not null, "created_at" timestamptz not null, constraint "placement_review_pkey" primary key ("id"));`);
    this.addSql(`create index "placement_review_placement_id_held_on_index" on "placement_review" ("placement_id", "held_on");`);
    this.addSql(`create table "placement_agreement" ("id" uuid not null, "placement_id" uuid not null, "version" smallint not null, "provider_commitments" text[] not null, "school_commitments" text[] not null, "attendance_reporting" text check ("attendance_reporting" in ('DAILY', 'WEEKLY')) not null, "review_interval_weeks" smallint not null, "visits_per_term" smallint not null, "report_cadence" text check ("report_cadence" in ('TERMLY', 'HALF_TERMLY')) not null, "timetable" jsonb not null, "hours_per_week" double precision not null default 0, "start_date" date null, "proposed_end_date" date null, "cost_pence" int null, "cost_basis" text check ("cost_basis" in ('PER_SESSION', 'PER_DAY', 'PER_WEEK', 'PER_TERM', 'WHOLE_PLACEMENT')) null, "other_terms" text null, "plan_snapshot" jsonb null, "created_by_id" uuid not null, "created_at" timestamptz not null, constraint "placement_agreement_pkey" primary key ("id"));`);
    this.addSql(`create index "placement_agreement_placement_id_index" on "placement_agreement" ("placement_id");`);
    this.addSql(`alter table "placement_agreement" add constraint "placement_agreement_placement_id_version_unique" unique ("placement_id", "version");`);
    this.addSql(`create table "agreement_signature" ("id" uuid not null, "agreement_id" uuid not null, "party" text check ("party" in ('SCHOOL', 'PROVIDER', 'PARENT_CARER')) not null, "signer_name" text not null, "signer_role" text null, "method" text check ("method" in ('IN_PORTAL', 'ON_PAPER')) not null, "signed_on" date not null, "recorded_by_id" uuid not null, "recorded_by_name" text not null, "recorded_at" timestamptz not null, constraint "agreement_signature_pkey" primary key ("id"));`);
    this.addSql(`create index "agreement_signature_agreement_id_index" on "agreement_signature" ("agreement_id");`);
    this.addSql(`alter table "agreement_signature" add constraint "agreement_signature_agreement_id_party_unique" unique ("agreement_id", "party");`);
    this.addSql(`create table "placement_site" ("placement_id" uuid not null, "site_id" uuid not null, constraint "placement_site_pkey" primary key ("placement_id", "site_id"));`);
    this.addSql(`create table "final_report" ("id" uuid not null, "placement_id" uuid not null, "attainment_and_progress" text not null, "attendance_percent" smallint null, "attendance_record" text not null, "behaviour_change" text not null, "pupil_views" text not null, "next_steps" text null, "staff_name" text not null, "written_by_id" uuid not null, "created_at" timestamptz not null, constraint "final_report_pkey" primary key ("id"));`);
    this.addSql(`alter table "final_report" add constraint "final_report_placement_id_unique" unique ("placement_id");`);
    this.addSql(`create table "school_ap_policy" ("id" uuid not null, "school_id" uuid not null, "attendance_reporting" text check ("attendance_reporting" in ('DAILY', 'WEEKLY')) not null default 'DAILY', "review_interval_weeks" smallint not null default 6, "visits_per_term" smallint not null default 1, "report_cadence" text check ("report_cadence" in ('TERMLY', 'HALF_TERMLY')) not null default 'TERMLY', "attendance_target_percent" smallint not null default 95, "full_time_hours_threshold" double precision not null default 18, "full_time_providers_must_be_registered" boolean not null default false, "required_framework_id" uuid null, "team_teach_for_behaviour_risk" boolean not null default false, "full_time_in_total" boolean not null default false, "written_plan_required" boolean not null default false, "baseline_required" boolean not null default false, "final_report_required" boolean not null default false, "provider_commitments" text[] not null, "school_commitments" text[] not null, "updated_by_id" uuid null, "updated_at" timestamptz not null, constraint "school_ap_policy_pkey" primary key ("id"));`);
    this.addSql(`alter table "school_ap_policy" add constraint "school_ap_policy_school_id_unique" unique ("school_id");`);
    this.addSql(`alter table "pupil" add constraint "pupil_school_id_foreign" foreign key ("school_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "placement" add constraint "placement_pupil_id_foreign" foreign key ("pupil_id") references "pupil" ("id") on update cascade;`);
    this.addSql(`alter table "placement" add constraint "placement_school_id_foreign" foreign key ("school_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "placement" add constraint "placement_la_id_foreign" foreign key ("la_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "placement" add constraint "placement_provider_id_foreign" foreign key ("provider_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "placement" add constraint "placement_reason_id_foreign" foreign key ("reason_id") references "placement_reason" ("id") on update cascade;`);
    this.addSql(`alter table "progress_report" add constraint "progress_report_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade;`);
    this.addSql(`alter table "plan_objective" add constraint "plan_objective_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade;`);
    this.addSql(`alter table "placement_visit" add constraint "placement_visit_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade;`);
    this.addSql(`alter table "placement_review" add constraint "placement_review_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade;`);
    this.addSql(`alter table "placement_agreement" add constraint "placement_agreement_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade;`);
    this.addSql(`alter table "agreement_signature" add constraint "agreement_signature_agreement_id_foreign" foreign key ("agreement_id") references "placement_agreement" ("id") on update cascade;`);
    this.addSql(`alter table "placement_site" add constraint "placement_site_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "placement_site" add constraint "placement_site_site_id_foreign" foreign key ("site_id") references "provider_site" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "final_report" add constraint "final_report_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade;`);
    this.addSql(`alter table "school_ap_policy" add constraint "school_ap_policy_school_id_foreign" foreign key ("school_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "school_ap_policy" add constraint "school_ap_policy_required_framework_id_foreign" foreign key ("required_framework_id") references "qa_framework" ("id") on update cascade on delete set null;`);
    PLACEMENT_REASONS.forEach(([id, label, source], index) => {
      this.addSql(`insert into placement_reason (id, label, census_code, source, position) values (${literal(id)}, ${literal(label)}, null, ${literal(source)}, ${index + 1})`);
    });

    // Host-LA view: LAs where a placement's sites are. Security definer so placement's policy can ask
    // about placement_site (whose own policy reads placement) without recursing.
    this.addSql(`create or replace function app_hosts_placement(p_placement uuid) returns boolean
      language sql stable security definer set search_path = public
      as $$ select exists (
        select 1 from organisation o
         where o.id = app_org_id() and o.kind = 'LOCAL_AUTHORITY'
           and exists (select 1 from placement_site ps join provider_site s on s.id = ps.site_id
                        where ps.placement_id = p_placement and s.local_authority_id = o.id)) $$`);
    this.addSql(`revoke all on function app_hosts_placement(uuid) from public`);
    this.addSql(`grant execute on function app_hosts_placement(uuid) to ap_app`);

    // Commissioners of a provider: every LA, and schools with a placement there (qa/qa-access.ts isCommissionerOf).
    this.addSql(`create or replace function app_is_commissioner_of(provider uuid) returns boolean language sql stable
      as $$ select exists (select 1 from organisation o where o.id = app_org_id() and o.kind = 'LOCAL_AUTHORITY')
             or exists (select 1 from placement p where p.provider_id = provider and p.school_id = app_org_id() and p.status not in ('DRAFT', 'CANCELLED')) $$`);

    // The registration threshold (domain.md §2.4) counts every school's pupils at a provider: counts only, no pupil data.
    this.addSql(`create or replace function provider_full_time_counts(p_provider uuid, p_threshold double precision)
      returns table (full_time_pupils integer, full_time_ehcp_or_looked_after integer)
      language sql stable security definer set search_path = public
      as $$
        select count(distinct p.pupil_id)::integer,
               count(distinct p.pupil_id) filter (where pu.ehc_plan or pu.looked_after)::integer
          from placement p
          join pupil pu on pu.id = p.pupil_id
          join lateral (select a.hours_per_week from placement_agreement a where a.placement_id = p.id order by a.version desc limit 1) a on true
         where p.provider_id = p_provider and p.status in ('AGREED', 'ACTIVE') and a.hours_per_week >= p_threshold
      $$`);
    this.addSql(`revoke all on function provider_full_time_counts(uuid, double precision) from public`);
    this.addSql(`grant execute on function provider_full_time_counts(uuid, double precision) to ap_app`);

    // "A signed agreement never changes": a definer function, because a policy on placement_agreement
    // reading agreement_signature (whose own policy reads placement_agreement) would recurse.
    this.addSql(`create or replace function app_agreement_unsigned(p_agreement uuid) returns boolean
      language sql stable security definer set search_path = public
      as $$ select not exists (select 1 from agreement_signature s where s.agreement_id = p_agreement) $$`);
    this.addSql(`revoke all on function app_agreement_unsigned(uuid) from public`);
    this.addSql(`grant execute on function app_agreement_unsigned(uuid) to ap_app`);

    // Full-time in total (Dormston) adds a pupil's hours across placements, which a provider cannot see:
    // for placements the caller has already read, only the hours of the pupil's other agreed or active ones.
    this.addSql(`create or replace function pupil_hours_elsewhere(p_placements uuid[])
      returns table (placement_id uuid, hours double precision)
      language sql stable security definer set search_path = public
      as $$
        select p.id, coalesce(sum(a.hours_per_week), 0)::double precision
          from placement p
          left join placement o on o.pupil_id = p.pupil_id and o.id <> p.id and o.status in ('AGREED', 'ACTIVE')
          left join lateral (select x.hours_per_week from placement_agreement x where x.placement_id = o.id order by x.version desc limit 1) a on true
         where p.id = any(p_placements)
         group by p.id
      $$`);
    this.addSql(`revoke all on function pupil_hours_elsewhere(uuid[]) from public`);
    this.addSql(`grant execute on function pupil_hours_elsewhere(uuid[]) to ap_app`);

    const signedIn = 'app_user_id() is not null';
    for (const sql of [
      ...grantTenantAccess('placement_reason', { read: signedIn, write: 'false' }),
      ...grantTenantAccess('pupil', {
        read: `school_id = app_org_id() or exists (select 1 from organisation s where s.id = school_id and s.local_authority_id = app_org_id())`,
        write: 'school_id = app_org_id()',
      }),
      ...grantTenantAccess('placement', {
        read: `school_id = app_org_id() or la_id = app_org_id() or (status <> 'DRAFT' and (provider_id = app_org_id() or app_hosts_placement(id)))`,
        write: `school_id = app_org_id() or (provider_id = app_org_id() and status <> 'DRAFT')`,
        insert: 'school_id = app_org_id()',
      }),
      ...onlyWhile('placement', `status = 'DRAFT'`, ['delete']),
      ...grantTenantAccess('placement_site', { read: PLACEMENT_VISIBLE, write: SCHOOL_OF_PLACEMENT }),
      ...grantTenantAccess('plan_objective', { read: PLACEMENT_VISIBLE, write: SCHOOL_OF_PLACEMENT }),
      ...grantTenantAccess('placement_agreement', { read: PLACEMENT_VISIBLE, write: SCHOOL_OF_PLACEMENT }),
      ...onlyWhile('placement_agreement', 'app_agreement_unsigned(id)', ['update', 'delete']),
      ...grantTenantAccess('agreement_signature', {
        read: `exists (select 1 from placement_agreement a where a.id = agreement_id)`,
        write: 'false',
        insert: `exists (select 1 from placement_agreement a join placement p on p.id = a.placement_id
                  where a.id = agreement_id
                    and ((p.school_id = app_org_id() and party in ('SCHOOL', 'PARENT_CARER'))
                      or (p.provider_id = app_org_id() and party = 'PROVIDER')))`,
      }),
      ...grantTenantAccess('placement_review', { read: PLACEMENT_VISIBLE, write: SCHOOL_OF_PLACEMENT }),
      ...grantTenantAccess('placement_visit', { read: PLACEMENT_VISIBLE, write: SCHOOL_OF_PLACEMENT }),
      ...grantTenantAccess('progress_report', { read: PLACEMENT_VISIBLE, write: PROVIDER_OF_PLACEMENT }),
      ...grantTenantAccess('final_report', { read: PLACEMENT_VISIBLE, write: PROVIDER_OF_PLACEMENT }),
      ...grantTenantAccess('school_ap_policy', {
        read: `school_id = app_org_id()
            or exists (select 1 from organisation s where s.id = school_id and s.local_authority_id = app_org_id())
            or exists (select 1 from placement p where p.school_id = school_ap_policy.school_id and p.status <> 'DRAFT'
                        and (p.provider_id = app_org_id() or app_hosts_placement(p.id)))`,
        write: 'school_id = app_org_id()',
      }),
    ]) this.addSql(sql);
  }
}
