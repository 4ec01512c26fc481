import { describe, expect, it } from 'vitest';
import { Role } from '../people/role.js';
import { useTestServer } from '../../test/harness.js';
import { sendEvidenceReminders } from './evidence-reminders.js';
import { ADD_VERSION, daysFromToday, uploadedPdf } from './evidence.fixtures.js';
import { DECIDE, completedAssessment, publishedFramework } from './framework.fixtures.js';

const NOTIFICATIONS = `{ notifications(first: 20) { edges { node { kind title link } } } }`;

const t = useTestServer();

describe('evidence reminders', () => {
  it('tell the provider’s managers and the LAs whose framework it is on, once per version and status', async () => {
    const la = await t.world.la();
    const otherLa = await t.world.la();
    const provider = await t.world.provider({ la });
    const manager = await t.world.member(provider, [Role.PROVIDER_MANAGER]);
    const staff = await t.world.member(provider, [Role.STAFF]);
    const qaOfficer = await t.world.member(la, [Role.QA_OFFICER]);
    const lado = await t.world.member(la, [Role.DESIGNATED_OFFICER]);
    const otherLaOfficer = await t.world.member(otherLa, [Role.QA_OFFICER]);

    const framework = await publishedFramework(qaOfficer);
    const assessmentId = await completedAssessment(qaOfficer, framework, provider.id, 'GREEN');
    await qaOfficer.client.data(DECIDE, {
      input: { frameworkId: framework.frameworkId, providerId: provider.id, status: 'APPROVED', effectiveFrom: daysFromToday(0) },
    });
    expect(assessmentId).toBeTruthy();

    const documentId = await uploadedPdf(t, manager);
    await manager.client.data(ADD_VERSION, {
      input: { type: 'PUBLIC_LIABILITY_INSURANCE', documentId, validFrom: daysFromToday(-350), expiresOn: daysFromToday(10), issuer: 'Acme Mutual', coverAmount: 5_000_000 },
    });

    const services = t.server.services;
    await sendEvidenceReminders(t.server.database.orm, services);
    const managerSees = (await manager.client.data(NOTIFICATIONS)).notifications.edges.map((e: any) => e.node);
    expect(managerSees).toEqual([expect.objectContaining({ kind: 'EVIDENCE_EXPIRING', title: expect.stringMatching(/^Public liability insurance expires on/i), link: '/provider/qa/evidence' })]);
    const officerSees = (await qaOfficer.client.data(NOTIFICATIONS)).notifications.edges.map((e: any) => e.node);
    expect(officerSees).toEqual([expect.objectContaining({ kind: 'EVIDENCE_EXPIRING', link: `/providers/${provider.id}` })]);
    for (const bystander of [staff, lado, otherLaOfficer]) {
      expect((await bystander.client.data(NOTIFICATIONS)).notifications.edges).toEqual([]);
    }
    expect(t.outbox().filter((m) => m.to === manager.email || m.to === qaOfficer.email)).toHaveLength(2);

    await sendEvidenceReminders(t.server.database.orm, services);
    expect((await manager.client.data(NOTIFICATIONS)).notifications.edges).toHaveLength(1);
  });
});
