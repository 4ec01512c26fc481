import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Orm } from '../db/orm.js';
import { Portal, portalLink } from '../notifications/links.js';
import type { Email } from '../notifications/mailer.js';
import type { NotificationService } from '../notifications/notification.service.js';
import { Provider } from '../organisations/organisation.entity.js';
import { Role } from '../people/role.js';
import { formatLongDate } from './evidence-dates.js';
import type { EvidenceService } from './evidence.service.js';
import { EvidenceStatus } from './evidence-status.js';

const REMINDED = new Set([EvidenceStatus.EXPIRING, EvidenceStatus.EXPIRED]);

/**
 * The daily reminder: evidence that is expiring or has expired is told to the provider's managers
 * and to the QA officers and commissioners of every LA whose framework the provider is on
 * (a current decision other than REMOVED). Each person hears once per version and status.
 * Runs as the job's own system transaction, outside any request.
 */
export async function sendEvidenceReminders(orm: Orm, deps: { config: Config; evidence: EvidenceService; notifications: NotificationService }): Promise<number> {
  const emails = await orm.em.fork().transactional(async (em) => {
    const providers = await em.find(Provider, {}, { orderBy: { name: 'asc' } });
    const evidence = await deps.evidence.evidenceOfProviders(em as EntityManager, providers.map((p) => p.id));
    const lasByProvider = await frameworkLasOf(em as EntityManager);
    const outgoing: Email[] = [];
    for (const [index, provider] of providers.entries()) {
      for (const item of evidence[index]) {
        if (!REMINDED.has(item.status) || !item.currentVersion) continue;
        const when = formatLongDate(item.currentVersion.expiresOn);
        const title = item.status === EvidenceStatus.EXPIRED ? `${item.type.title} expired on ${when}` : `${item.type.title} expires on ${when}`;
        const dedupeKey = `evidence:${item.currentVersion.id}:${item.status}`;
        outgoing.push(
          ...(await deps.notifications.notifyMembers(em as EntityManager, {
            organisationId: provider.id,
            roles: [Role.PROVIDER_MANAGER],
            kind: `EVIDENCE_${item.status}`,
            title,
            body: `Upload the renewed ${item.type.title.toLowerCase()} so schools and local authorities see ${provider.name}'s record as current.`,
            link: portalLink(deps.config.publicUrl, Portal.PROVIDER, '/qa/evidence', {}),
            dedupeKey,
          })),
        );
        for (const laId of lasByProvider.get(provider.id) ?? []) {
          outgoing.push(
            ...(await deps.notifications.notifyMembers(em as EntityManager, {
              organisationId: laId,
              roles: [Role.QA_OFFICER, Role.COMMISSIONER],
              kind: `EVIDENCE_${item.status}`,
              title: `${provider.name}: ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
              body: `${provider.name} is on your QA framework. Its ${item.type.title.toLowerCase()} needs renewing.`,
              link: portalLink(deps.config.publicUrl, Portal.SCHOOL, `/providers/${provider.id}`, {}),
              dedupeKey,
            })),
          );
        }
      }
    }
    return outgoing;
  });
  await deps.notifications.send(emails);
  return emails.length;
}

/** LAs whose framework each provider is currently on. */
async function frameworkLasOf(em: EntityManager): Promise<Map<string, string[]>> {
  const rows = await em.execute<{ provider_id: string; la_id: string; status: string }[]>(
    `select distinct on (framework_id, provider_id) provider_id, la_id, status
       from qa_approval order by framework_id, provider_id, decided_at desc`,
  );
  const map = new Map<string, string[]>();
  for (const row of rows) {
    if (row.status === 'REMOVED') continue;
    map.set(row.provider_id, [...new Set([...(map.get(row.provider_id) ?? []), row.la_id])]);
  }
  return map;
}
