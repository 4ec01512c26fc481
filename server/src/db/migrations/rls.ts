/**
 * Row-level security building blocks for migrations. The app's GraphQL work runs as APP_ROLE
 * (not superuser, not owner, no BYPASSRLS) inside a transaction that sets app.user_id, app.org_id
 * and app.is_admin with set_config(..., true); see db/tenant-transaction.ts.
 */
export const APP_ROLE = {
  name: 'ap_app',
  create: (): string[] => [
    `do $$ begin
       if not exists (select 1 from pg_roles where rolname = 'ap_app') then
         create role ap_app nologin noinherit nobypassrls;
       end if;
     end $$`,
    // A non-superuser owner must be a member to SET ROLE; superusers need nothing.
    `do $$ begin
       if not (select rolsuper from pg_roles where rolname = current_user) then
         execute format('grant ap_app to %I', current_user);
       end if;
     end $$`,
    `grant usage on schema public to ap_app`,
    `create or replace function app_user_id() returns uuid language sql stable
       as $$ select nullif(current_setting('app.user_id', true), '')::uuid $$`,
    `create or replace function app_org_id() returns uuid language sql stable
       as $$ select nullif(current_setting('app.org_id', true), '')::uuid $$`,
    `create or replace function app_is_admin() returns boolean language sql stable
       as $$ select coalesce(current_setting('app.is_admin', true), '') = 'on' $$`,
  ],
};

interface TenantRules {
  /** Which rows the app role may read. */
  read: string;
  /** Which rows it may update or delete ('false' grants neither). */
  write: string;
  /** Which new rows it may insert; defaults to `write`. */
  insert?: string;
}

/** FORCE'd RLS on a table: the owner (migrations, system work) keeps full access, the app role gets the rules. */
export function grantTenantAccess(table: string, rules: TenantRules): string[] {
  const insert = rules.insert ?? rules.write;
  const canWrite = rules.write !== 'false';
  const privileges = ['select', insert !== 'false' && 'insert', canWrite && 'update', canWrite && 'delete'].filter(Boolean);
  return [
    `alter table "${table}" enable row level security`,
    `alter table "${table}" force row level security`,
    `grant ${privileges.join(', ')} on "${table}" to ap_app`,
    `create policy "${table}_owner" on "${table}" to current_user using (true) with check (true)`,
    `create policy "${table}_read" on "${table}" for select to ap_app using (${rules.read})`,
    ...(insert !== 'false' ? [`create policy "${table}_insert" on "${table}" for insert to ap_app with check (${insert})`] : []),
    ...(canWrite
      ? [
          `create policy "${table}_update" on "${table}" for update to ap_app using (${rules.write}) with check (${rules.write})`,
          `create policy "${table}_delete" on "${table}" for delete to ap_app using (${rules.write})`,
        ]
      : []),
  ];
}

/** Tables only the auth service touches, outside tenant transactions: the app role gets nothing. */
export function systemOnlyTable(table: string): string[] {
  return [`revoke all on "${table}" from ap_app`];
}

/** Restrictive policies for the app role: each must hold besides the table's own rules. */
export function onlyWhile(table: string, condition: string, commands: ('insert' | 'update' | 'delete')[]): string[] {
  return commands.map((command) => {
    const clause = command === 'insert' ? `with check (${condition})` : command === 'update' ? `using (${condition}) with check (true)` : `using (${condition})`;
    return `create policy "${table}_only_${command}" on "${table}" as restrictive for ${command} to ap_app ${clause}`;
  });
}
