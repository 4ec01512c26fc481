import { Migration } from '@mikro-orm/migrations';
import { grantTenantAccess } from './rls.js';

/** Per-user notifications; fan-out to an organisation's members through one SECURITY DEFINER function. */
export class Migration20261123130000Notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "notification" ("id" uuid not null, "user_id" uuid not null, "organisation_id" uuid not null, "kind" text not null, "title" text not null, "body" text not null, "link" text null, "dedupe_key" text null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"))`);
    this.addSql(`create index "notification_user_id_index" on "notification" ("user_id", "created_at")`);
    this.addSql(`alter table "notification" add constraint "notification_user_id_dedupe_key_unique" unique ("user_id", "dedupe_key")`);
    this.addSql(`alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade`);
    this.addSql(`alter table "notification" add constraint "notification_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade`);
    for (const sql of grantTenantAccess('notification', { read: 'user_id = app_user_id()', write: 'user_id = app_user_id()', insert: 'false' })) {
      this.addSql(sql);
    }
    // The raiser of an event (a provider, a job) cannot see the recipients' memberships under RLS;
    // this one narrow function can, and only inserts notifications for them.
    this.addSql(`create or replace function notify_members(p_org uuid, p_roles text[], p_kind text, p_title text, p_body text, p_link text, p_dedupe text)
      returns table (email text, display_name text)
      language sql security definer set search_path = public
      as $$
        with inserted as (
          insert into notification (id, user_id, organisation_id, kind, title, body, link, dedupe_key, created_at)
          select gen_random_uuid(), m.user_id, p_org, p_kind, p_title, p_body, p_link, p_dedupe, now()
            from membership m
           where m.organisation_id = p_org and m.roles && p_roles
          on conflict (user_id, dedupe_key) do nothing
          returning user_id)
        select u.email, u.display_name from inserted join app_user u on u.id = inserted.user_id
      $$`);
    this.addSql(`revoke all on function notify_members(uuid, text[], text, text, text, text, text) from public`);
    this.addSql(`grant execute on function notify_members(uuid, text[], text, text, text, text, text) to ap_app`);
  }
}
