import type { QueryBuilder } from '@mikro-orm/postgresql';
import { requireActor } from '../auth/permissions.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../common/connection.js';
import { asUuid } from '../common/ids.js';
import type { Config } from '../config.js';
import type { Context } from '../graphql/context.js';
import { Provider } from '../organisations/organisation.entity.js';
import { EvidenceStanding, type ProviderDirectoryFilter } from './directory.inputs.js';
import { addDays, todayInEngland } from './evidence-dates.js';
import { EVIDENCE_CATALOGUE } from './evidence-catalogue.js';

const REQUIRED_TYPES = EVIDENCE_CATALOGUE.filter((type) => type.required).map((type) => type.code);

/**
 * The provider directory every school and LA searches (QA records are shared across LA borders).
 * Filters are SQL, so paging stays exact; evidence standing is worked out from today's date.
 */
export class ProviderDirectoryService {
  constructor(private readonly config: Config) {}

  async search(context: Context, filter: ProviderDirectoryFilter | null | undefined, page: PageArgs): Promise<Connection<Provider>> {
    requireActor(context.auth.actor);
    const em = await context.tenant.em();
    const { offset, limit } = pageWindow(page);
    const query = em.createQueryBuilder(Provider, 'o');
    const search = filter?.search?.trim();
    if (search) {
      const like = `%${search.replace(/[%_\\]/g, '\\$&')}%`;
      query.andWhere('(o.name ilike ? or o.provider_urn = ? or o.ukprn = ?)', [like, search, search]);
    }
    if (filter?.localAuthorityId) {
      query.andWhere('o.id in (select s.provider_id from provider_site s where s.local_authority_id = ?)', [asUuid(filter.localAuthorityId, 'filter.localAuthorityId')]);
    }
    if (filter?.registrationStatuses?.length) query.andWhere({ registrationStatus: { $in: filter.registrationStatuses } });
    if (filter?.keyStages?.length) {
      query.andWhere(`o.id in (select p.provider_id from provider_profile p where p.key_stages && string_to_array(?, ','))`, [filter.keyStages.join(',')]);
    }
    if (filter?.focus?.length) {
      query.andWhere(`o.id in (select p.provider_id from provider_profile p where p.focus && string_to_array(?, ','))`, [filter.focus.join(',')]);
    }
    const offer = filter?.offer?.trim();
    if (offer) {
      query.andWhere(
        `o.id in (select p.provider_id from provider_profile p
                   where exists (select 1 from unnest(p.subjects || p.qualifications) as item where item ilike ?))`,
        [`%${offer.replace(/[%_\\]/g, '\\$&')}%`],
      );
    }
    if (filter?.approvedOnFrameworkId) {
      query.andWhere(
        `o.id in (select a.provider_id from (
                    select distinct on (provider_id) provider_id, status from qa_approval
                     where framework_id = ? order by provider_id, decided_at desc) a
                   where a.status in ('APPROVED', 'CONDITIONAL'))`,
        [asUuid(filter.approvedOnFrameworkId, 'filter.approvedOnFrameworkId')],
      );
    }
    if (filter?.evidence) this.whereEvidence(query, filter.evidence);
    const [items, total] = await query.orderBy({ name: 'asc', id: 'asc' }).offset(offset).limit(limit).getResultAndCount();
    return toConnection(items, total, offset);
  }

  private whereEvidence(query: QueryBuilder<Provider, 'o'>, standing: EvidenceStanding): void {
    const today = todayInEngland();
    const expiringBy = addDays(today, this.config.evidenceExpiringDays);
    // The latest version of each required type, or null where none exists.
    const latest = `(select t.code, (select v.expires_on from evidence_version v where v.provider_id = o.id and v.type = t.code order by v.number desc limit 1) as expires_on
                       from unnest(string_to_array(?, ',')) as t(code))`;
    const anyExpiredOrMissing = `exists (select 1 from ${latest} l where l.expires_on is null or l.expires_on < ?::date)`;
    const anyExpiring = `exists (select 1 from ${latest} l where l.expires_on <= ?::date)`;
    const types = REQUIRED_TYPES.join(',');
    if (standing === EvidenceStanding.SOME_EXPIRED_OR_MISSING) query.andWhere(anyExpiredOrMissing, [types, today]);
    if (standing === EvidenceStanding.SOME_EXPIRING) query.andWhere(`not ${anyExpiredOrMissing} and ${anyExpiring}`, [types, today, types, expiringBy]);
    if (standing === EvidenceStanding.ALL_CURRENT) query.andWhere(`not ${anyExpiredOrMissing} and not ${anyExpiring}`, [types, today, types, expiringBy]);
  }
}
