import { Migration } from '@mikro-orm/migrations';
import { onlyWhile } from './rls.js';

/**
 * "A signed agreement never changes" was a restrictive policy on placement_agreement reading
 * agreement_signature, whose own read policy reads placement_agreement: PostgreSQL refuses every
 * UPDATE of an agreement with "infinite recursion detected in policy". The same rule now asks a
 * SECURITY DEFINER function, which answers only whether the agreement has any signature.
 */
export class Migration20261126000200AgreementUnsigned extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function app_agreement_unsigned(p_agreement uuid) returns boolean
      language sql stable security definer set search_path = public
      as $$ select not exists (select 1 from agreement_signature s where s.agreement_id = p_agreement) $$`);
    this.addSql(`revoke all on function app_agreement_unsigned(uuid) from public`);
    this.addSql(`grant execute on function app_agreement_unsigned(uuid) to ap_app`);
    this.addSql(`drop policy "placement_agreement_only_update" on "placement_agreement"`);
    this.addSql(`drop policy "placement_agreement_only_delete" on "placement_agreement"`);
    for (const sql of onlyWhile('placement_agreement', 'app_agreement_unsigned(id)', ['update', 'delete'])) this.addSql(sql);
  }
}
