import { Migration } from '@mikro-orm/migrations';
import { grantTenantAccess } from './rls.js';

const PLACEMENT_VISIBLE = `exists (select 1 from placement p where p.id = placement_id)`;
/** Only the placement's provider writes marks, and only while the pupil attends (ACTIVE). */
const PROVIDER_OF_ACTIVE_PLACEMENT = `exists (select 1 from placement p where p.id = placement_id and p.provider_id = app_org_id() and p.status = 'ACTIVE')`;

/** Session attendance recorded by providers (issue 6): one mark per placement, date and session, with its corrections. */
export class Migration20261127000000Attendance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "session_mark" ("id" uuid not null, "placement_id" uuid not null, "date" date not null, "session" text check ("session" in ('AM', 'PM')) not null, "mark" text check ("mark" in ('PRESENT', 'LATE', 'ABSENT', 'NOT_REQUIRED')) not null, "minutes_late" smallint null, "absence_reason" text check ("absence_reason" in ('ILLNESS', 'MEDICAL_APPOINTMENT', 'EXCLUDED', 'UNAUTHORISED', 'REASON_NOT_YET_KNOWN', 'RELIGIOUS_OBSERVANCE', 'TRANSPORT_NOT_AVAILABLE', 'OTHER_AUTHORISED')) null, "note" text null, "recorded_by_id" uuid not null, "recorded_by_name" text not null, "recorded_at" timestamptz not null, "version" int not null default 1, constraint "session_mark_pkey" primary key ("id"));`);
    this.addSql(`alter table "session_mark" add constraint "session_mark_placement_id_date_session_unique" unique ("placement_id", "date", "session");`);
    this.addSql(`alter table "session_mark" add constraint "session_mark_minutes_late_only_when_late" check ((mark = 'LATE') = (minutes_late is not null) and (minutes_late is null or minutes_late between 1 and 300));`);
    this.addSql(`alter table "session_mark" add constraint "session_mark_absence_reason_only_when_absent" check ((mark = 'ABSENT') = (absence_reason is not null));`);
    this.addSql(`create table "session_mark_change" ("id" uuid not null, "mark_id" uuid not null, "previous_mark" text check ("previous_mark" in ('PRESENT', 'LATE', 'ABSENT', 'NOT_REQUIRED')) not null, "previous_minutes_late" smallint null, "previous_absence_reason" text check ("previous_absence_reason" in ('ILLNESS', 'MEDICAL_APPOINTMENT', 'EXCLUDED', 'UNAUTHORISED', 'REASON_NOT_YET_KNOWN', 'RELIGIOUS_OBSERVANCE', 'TRANSPORT_NOT_AVAILABLE', 'OTHER_AUTHORISED')) null, "previous_note" text null, "new_mark" text check ("new_mark" in ('PRESENT', 'LATE', 'ABSENT', 'NOT_REQUIRED')) not null, "new_minutes_late" smallint null, "new_absence_reason" text check ("new_absence_reason" in ('ILLNESS', 'MEDICAL_APPOINTMENT', 'EXCLUDED', 'UNAUTHORISED', 'REASON_NOT_YET_KNOWN', 'RELIGIOUS_OBSERVANCE', 'TRANSPORT_NOT_AVAILABLE', 'OTHER_AUTHORISED')) null, "new_note" text null, "changed_by_id" uuid not null, "changed_by_name" text not null, "changed_at" timestamptz not null, "reason" text null, constraint "session_mark_change_pkey" primary key ("id"));`);
    this.addSql(`create index "session_mark_change_mark_id_changed_at_index" on "session_mark_change" ("mark_id", "changed_at");`);
    this.addSql(`alter table "session_mark" add constraint "session_mark_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade;`);
    this.addSql(`alter table "session_mark_change" add constraint "session_mark_change_mark_id_foreign" foreign key ("mark_id") references "session_mark" ("id") on update cascade;`);

    for (const sql of [
      ...grantTenantAccess('session_mark', { read: PLACEMENT_VISIBLE, write: PROVIDER_OF_ACTIVE_PLACEMENT }),
      // History is append-only: written with the correction by the provider, never changed or deleted.
      ...grantTenantAccess('session_mark_change', {
        read: `exists (select 1 from session_mark m where m.id = mark_id)`,
        write: 'false',
        insert: `exists (select 1 from session_mark m join placement p on p.id = m.placement_id
                  where m.id = mark_id and p.provider_id = app_org_id() and p.status = 'ACTIVE')`,
      }),
    ]) this.addSql(sql);
  }
}
