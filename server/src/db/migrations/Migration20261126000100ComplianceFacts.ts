import { Migration } from '@mikro-orm/migrations';

/**
 * Compliance findings must read the same to everyone who sees a placement.
 *
 * NOT_FULL_TIME_IN_TOTAL (Dormston) adds up a pupil's hours across placements, but a provider
 * reading its own placement cannot see the pupil's others. This function returns, for each given
 * placement, only a number: the hours a week of the same pupil's other AGREED or ACTIVE placements
 * (their latest agreements). Callers pass placements they have already read under row-level security.
 *
 * The school-policy rules read the home school's AP policy, which a host LA (where the provider's
 * sites are) could not: it may now read the policies of schools placing pupils in its area.
 */
export class Migration20261126000100ComplianceFacts extends Migration {
  override async up(): Promise<void> {
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
    this.addSql(`create policy "school_ap_policy_read_host_la" on "school_ap_policy" for select to ap_app
      using (exists (select 1 from placement p where p.school_id = school_ap_policy.school_id and p.status <> 'DRAFT' and app_hosts_placement(p.id)))`);
  }
}
