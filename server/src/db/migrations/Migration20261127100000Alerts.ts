import { Migration } from '@mikro-orm/migrations';
import { grantTenantAccess, onlyWhile } from './rls.js';

/**
 * Absence alerts: read by the home school and its LA, handled (updated) by the school, never deleted.
 * The provider records them only through record_absence_alert, which snapshots the pupil's name and
 * workers from the pupil row the provider may not read, and returns them only to build the school's
 * notification.
 */
export class Migration20261127100000Alerts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "absence_alert" ("id" uuid not null, "school_id" uuid not null, "placement_id" uuid not null, "mark_id" uuid not null, "pupil_name" text not null, "date" date not null, "session" text check ("session" in ('AM', 'PM')) not null, "reason" text not null, "social_worker_name" text null, "social_worker_contact" text null, "youth_offending_worker_name" text null, "youth_offending_worker_contact" text null, "created_at" timestamptz not null, "acknowledged_at" timestamptz null, "acknowledged_by_id" uuid null, "acknowledged_by_name" text null, "worker_informed_at" timestamptz null, "worker_informed_by_id" uuid null, "worker_informed_by_name" text null, "note" text null, constraint "absence_alert_pkey" primary key ("id"));`);
    this.addSql(`create index "absence_alert_placement_id_index" on "absence_alert" ("placement_id");`);
    this.addSql(`alter table "absence_alert" add constraint "absence_alert_mark_id_unique" unique ("mark_id");`);
    this.addSql(`create index "absence_alert_school_id_created_at_index" on "absence_alert" ("school_id", "created_at");`);
    this.addSql(`alter table "absence_alert" add constraint "absence_alert_school_id_foreign" foreign key ("school_id") references "organisation" ("id") on update cascade;`);
    this.addSql(`alter table "absence_alert" add constraint "absence_alert_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade;`);

    // Only the placement's provider may record; re-recording a mark updates its alert (never another placement's).
    this.addSql(`create or replace function record_absence_alert(p_placement uuid, p_mark uuid, p_date date, p_session text, p_reason text)
      returns table (alert_id uuid, alert_school_id uuid, created boolean, alert_pupil_name text,
                     alert_social_worker_name text, alert_social_worker_contact text,
                     alert_youth_offending_worker_name text, alert_youth_offending_worker_contact text)
      language sql volatile security definer set search_path = public
      as $$
        insert into absence_alert as a (id, school_id, placement_id, mark_id, pupil_name, "date", "session", reason,
                                        social_worker_name, social_worker_contact, youth_offending_worker_name, youth_offending_worker_contact, created_at)
        select gen_random_uuid(), p.school_id, p.id, p_mark,
               coalesce(nullif(pu.preferred_forename, ''), pu.legal_forename) || ' ' || coalesce(nullif(pu.preferred_surname, ''), pu.legal_surname),
               p_date, p_session, p_reason,
               pu.social_worker_name, pu.social_worker_contact, pu.youth_offending_worker_name, pu.youth_offending_worker_contact, now()
          from placement p join pupil pu on pu.id = p.pupil_id
         where p.id = p_placement and p.provider_id = app_org_id() and p.status <> 'DRAFT'
        on conflict (mark_id) do update set "date" = excluded."date", "session" = excluded."session", reason = excluded.reason
         where a.placement_id = excluded.placement_id
        returning a.id, a.school_id, (a.xmax = 0), a.pupil_name,
                  a.social_worker_name, a.social_worker_contact, a.youth_offending_worker_name, a.youth_offending_worker_contact
      $$`);
    this.addSql(`revoke all on function record_absence_alert(uuid, uuid, date, text, text) from public`);
    this.addSql(`grant execute on function record_absence_alert(uuid, uuid, date, text, text) to ap_app`);

    for (const sql of [
      ...grantTenantAccess('absence_alert', {
        read: `school_id = app_org_id() or exists (select 1 from organisation s where s.id = school_id and s.local_authority_id = app_org_id())`,
        write: 'school_id = app_org_id()',
        insert: 'false',
      }),
      ...onlyWhile('absence_alert', 'false', ['delete']),
    ]) this.addSql(sql);
  }
}
