import { Migration } from '@mikro-orm/migrations';
import { grantTenantAccess, onlyWhile } from './rls.js';

/** The concern of a child row, if the actor may read it (the concern's own row-level security decides). */
const CONCERN_VISIBLE = `exists (select 1 from safeguarding_concern c where c.id = concern_id)`;

/** A DSL acting for their own side of the concern. */
const ownSide = (table: string) => `app_has_role('DSL') and exists (select 1 from safeguarding_concern c where c.id = ${table}.concern_id
  and ((${table}.side = 'SCHOOL' and c.school_id = app_org_id()) or (${table}.side = 'PROVIDER' and c.provider_id = app_org_id())))`;

/**
 * Safeguarding concerns (with their chronology of updates and acknowledgements) and serious
 * behaviour incidents, with row-level security:
 * - a concern and its chronology: only members holding the DSL role in the school or provider
 *   involved, and the home LA's designated officers when the concern is shared with the LA; nobody
 *   else, not even the head. Roles come from app.roles (db/tenant-transaction.ts), read by app_has_role;
 * - DSLs raise concerns for their own side on a placement that is no longer a draft, and add updates
 *   and acknowledgements for their own side (only the side that did not raise it acknowledges);
 *   nothing is ever changed or removed;
 * - an incident: whoever reads the placement; the provider reports it, the school decides once.
 */
export class Migration20261127200000Safeguarding extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "safeguarding_concern" ("id" uuid not null, "placement_id" uuid not null, "school_id" uuid not null, "provider_id" uuid not null, "la_id" uuid not null, "raised_by_side" text check ("raised_by_side" in ('SCHOOL', 'PROVIDER')) not null, "raised_by_id" uuid not null, "raised_by_name" text not null, "category" text check ("category" in ('PHYSICAL_ABUSE', 'EMOTIONAL_ABUSE', 'SEXUAL_ABUSE', 'NEGLECT', 'CHILD_ON_CHILD', 'CRIMINAL_EXPLOITATION', 'SEXUAL_EXPLOITATION', 'RADICALISATION', 'DOMESTIC_ABUSE', 'MENTAL_HEALTH', 'ONLINE_SAFETY', 'MISSING_FROM_EDUCATION', 'OTHER')) not null, "what_happened" text not null, "happened_at" timestamptz not null, "actions_taken" text null, "urgency" text check ("urgency" in ('IMMEDIATE', 'SAME_DAY', 'ROUTINE')) not null, "shared_with_la" boolean not null, "created_at" timestamptz not null, constraint "safeguarding_concern_pkey" primary key ("id"));`);
    this.addSql(`create index "safeguarding_concern_placement_id_index" on "safeguarding_concern" ("placement_id");`);
    this.addSql(`create index "safeguarding_concern_provider_id_created_at_index" on "safeguarding_concern" ("provider_id", "created_at");`);
    this.addSql(`create index "safeguarding_concern_school_id_created_at_index" on "safeguarding_concern" ("school_id", "created_at");`);
    this.addSql(`create table "concern_update" ("id" uuid not null, "concern_id" uuid not null, "side" text check ("side" in ('SCHOOL', 'PROVIDER')) not null, "author_id" uuid not null, "author_name" text not null, "text" text not null, "created_at" timestamptz not null, constraint "concern_update_pkey" primary key ("id"));`);
    this.addSql(`create index "concern_update_concern_id_created_at_index" on "concern_update" ("concern_id", "created_at");`);
    this.addSql(`create table "concern_acknowledgement" ("id" uuid not null, "concern_id" uuid not null, "side" text check ("side" in ('SCHOOL', 'PROVIDER')) not null, "user_id" uuid not null, "user_name" text not null, "acknowledged_at" timestamptz not null, constraint "concern_acknowledgement_pkey" primary key ("id"));`);
    this.addSql(`alter table "concern_acknowledgement" add constraint "concern_acknowledgement_concern_id_side_unique" unique ("concern_id", "side");`);
    this.addSql(`create table "behaviour_incident" ("id" uuid not null, "placement_id" uuid not null, "reported_by_id" uuid not null, "reported_by_name" text not null, "occurred_at" timestamptz not null, "description" text not null, "action_taken" text not null, "severity" text check ("severity" in ('LOW', 'MEDIUM', 'HIGH')) not null, "decision" text null, "decision_by_id" uuid null, "decision_by_name" text null, "decided_at" timestamptz null, "created_at" timestamptz not null, constraint "behaviour_incident_pkey" primary key ("id"));`);
    this.addSql(`create index "behaviour_incident_placement_id_occurred_at_index" on "behaviour_incident" ("placement_id", "occurred_at");`);
    this.addSql(`alter table "safeguarding_concern" add constraint "safeguarding_concern_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade;`);
    this.addSql(`alter table "safeguarding_concern" add constraint "safeguarding_concern_school_id_foreign" foreign key ("school_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "safeguarding_concern" add constraint "safeguarding_concern_provider_id_foreign" foreign key ("provider_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "safeguarding_concern" add constraint "safeguarding_concern_la_id_foreign" foreign key ("la_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "concern_update" add constraint "concern_update_concern_id_foreign" foreign key ("concern_id") references "safeguarding_concern" ("id") on update cascade;`);
    this.addSql(`alter table "concern_acknowledgement" add constraint "concern_acknowledgement_concern_id_foreign" foreign key ("concern_id") references "safeguarding_concern" ("id") on update cascade;`);
    this.addSql(`alter table "behaviour_incident" add constraint "behaviour_incident_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade;`);

    // The active membership's roles, set per transaction next to app.org_id.
    this.addSql(`create or replace function app_has_role(p_role text) returns boolean language sql stable
      as $$ select p_role = any(string_to_array(coalesce(current_setting('app.roles', true), ''), ',')) $$`);

    for (const sql of [
      ...grantTenantAccess('safeguarding_concern', {
        read: `(app_has_role('DSL') and app_org_id() in (school_id, provider_id))
            or (shared_with_la and la_id = app_org_id() and app_has_role('DESIGNATED_OFFICER'))`,
        write: 'false',
        insert: `app_has_role('DSL') and raised_by_id = app_user_id()
            and ((raised_by_side = 'SCHOOL' and school_id = app_org_id()) or (raised_by_side = 'PROVIDER' and provider_id = app_org_id()))
            and exists (select 1 from placement p where p.id = safeguarding_concern.placement_id and p.status <> 'DRAFT'
                         and p.school_id = safeguarding_concern.school_id and p.provider_id = safeguarding_concern.provider_id
                         and p.la_id = safeguarding_concern.la_id)`,
      }),
      ...grantTenantAccess('concern_update', {
        read: CONCERN_VISIBLE,
        write: 'false',
        insert: `author_id = app_user_id() and ${ownSide('concern_update')}`,
      }),
      ...grantTenantAccess('concern_acknowledgement', {
        read: CONCERN_VISIBLE,
        write: 'false',
        insert: `user_id = app_user_id() and ${ownSide('concern_acknowledgement')}
            and exists (select 1 from safeguarding_concern c where c.id = concern_id and c.raised_by_side <> concern_acknowledgement.side)`,
      }),
      ...grantTenantAccess('behaviour_incident', {
        read: `exists (select 1 from placement p where p.id = placement_id)`,
        write: `exists (select 1 from placement p where p.id = placement_id and p.school_id = app_org_id())`,
        insert: `exists (select 1 from placement p where p.id = placement_id and p.provider_id = app_org_id() and p.status <> 'DRAFT')`,
      }),
      // The school decides once; an incident is never removed.
      ...onlyWhile('behaviour_incident', 'decided_at is null', ['update']),
      ...onlyWhile('behaviour_incident', 'false', ['delete']),
    ]) this.addSql(sql);
  }
}
