import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import { assertCan, isPlatform, requireActor } from '../auth/permissions.js';
import { pageWindow, toConnection, type Connection, type PageArgs } from '../common/connection.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { asUuid } from '../common/ids.js';
import type { Context } from '../graphql/context.js';
import { normalisePostcode, requireText, validateLaCode, validateLaestab, validateUkprn, validateUrn } from './identifiers.js';
import { OrganisationKind, ProviderRegistrationStatus } from './organisation-kind.js';
import { LocalAuthority, Organisation, Provider, School } from './organisation.entity.js';
import type {
  CreateLocalAuthorityInput,
  CreateProviderInput,
  CreateSchoolInput,
  OrganisationFilter,
  ProviderSiteInput,
} from './organisation.inputs.js';
import { ProviderSite } from './provider-site.entity.js';

/** The organisation directory. Public details are readable by every signed-in user; RLS agrees. */
export class OrganisationService {
  constructor(private readonly audit: AuditService) {}

  async byId(context: Context, id: string): Promise<Organisation | null> {
    requireActor(context.auth.actor);
    const em = await context.tenant.em();
    return em.findOne(Organisation, { id: asUuid(id) });
  }

  async list(context: Context, filter: OrganisationFilter | null | undefined, page: PageArgs): Promise<Connection<Organisation>> {
    requireActor(context.auth.actor);
    const em = await context.tenant.em();
    const { offset, limit } = pageWindow(page);
    const query = em.createQueryBuilder(Organisation, 'o');
    if (filter?.kind) query.andWhere({ kind: filter.kind });
    const search = filter?.search?.trim();
    if (search) {
      const like = `%${search.replace(/[%_\\]/g, '\\$&')}%`;
      query.andWhere('(o.name ilike ? or o.urn = ? or o.provider_urn = ? or o.ukprn = ? or o.la_code = ?)', [like, search, search, search, search]);
    }
    if (filter?.localAuthorityId) {
      const laId = asUuid(filter.localAuthorityId, 'filter.localAuthorityId');
      query.andWhere(
        '(o.local_authority_id = ? or o.id in (select s.provider_id from provider_site s where s.local_authority_id = ?))',
        [laId, laId],
      );
    }
    const [items, total] = await query.orderBy({ name: 'asc', id: 'asc' }).offset(offset).limit(limit).getResultAndCount();
    return toConnection(items, total, offset);
  }

  async createLocalAuthority(context: Context, input: CreateLocalAuthorityInput): Promise<LocalAuthority> {
    assertCan(context.auth.actor, 'organisation:create');
    const name = requireText(input.name, 'name', 'the local authority name');
    const laCode = validateLaCode(input.laCode, 'laCode');
    const em = await context.tenant.em();
    if (await em.count(LocalAuthority, { laCode })) throw conflict(`A local authority with LA code ${laCode} already exists`, 'laCode');
    const la = em.create(LocalAuthority, { name, laCode, kind: OrganisationKind.LOCAL_AUTHORITY, createdAt: new Date() });
    return this.saved(em, context, la, 'createLocalAuthority');
  }

  async createSchool(context: Context, input: CreateSchoolInput): Promise<School> {
    assertCan(context.auth.actor, 'organisation:create');
    const name = requireText(input.name, 'name', 'the school name');
    const urn = validateUrn(input.urn, 'urn');
    const em = await context.tenant.em();
    const la = await em.findOne(LocalAuthority, { id: asUuid(input.localAuthorityId, 'localAuthorityId') });
    if (!la) throw badInput('localAuthorityId', 'Choose the local authority the school is in');
    const laestab = validateLaestab(input.laestab, la.laCode, 'laestab');
    if (await em.count(School, { urn })) throw conflict(`A school with URN ${urn} already exists`, 'urn');
    if (await em.count(School, { laestab })) throw conflict(`A school with LAESTAB ${laestab} already exists`, 'laestab');
    const school = em.create(School, { name, urn, laestab, localAuthority: la, kind: OrganisationKind.SCHOOL, createdAt: new Date() });
    return this.saved(em, context, school, 'createSchool');
  }

  async createProvider(context: Context, input: CreateProviderInput): Promise<Provider> {
    assertCan(context.auth.actor, 'organisation:create');
    const name = requireText(input.name, 'name', 'the provider name');
    const providerUrn = input.urn?.trim() ? validateUrn(input.urn, 'urn') : null;
    const ukprn = input.ukprn?.trim() ? validateUkprn(input.ukprn, 'ukprn') : null;
    if (input.registrationStatus === ProviderRegistrationStatus.REGISTERED_SCHOOL && !providerUrn) {
      throw badInput('urn', 'Enter the URN of a registered school');
    }
    // The AP census records a URN, else a UKPRN, else a setting type: exactly one of them.
    if ((providerUrn || ukprn) && input.settingType) {
      throw badInput('settingType', 'Only give a setting type when the provider has neither URN nor UKPRN');
    }
    if (!providerUrn && !ukprn && !input.settingType) {
      throw badInput('settingType', 'Choose a setting type when the provider has neither URN nor UKPRN');
    }
    const em = await context.tenant.em();
    if (providerUrn && (await em.count(Provider, { providerUrn }))) throw conflict(`A provider with URN ${providerUrn} already exists`, 'urn');
    if (ukprn && (await em.count(Provider, { ukprn }))) throw conflict(`A provider with UKPRN ${ukprn} already exists`, 'ukprn');
    const provider = em.create(Provider, {
      name,
      providerUrn,
      ukprn,
      registrationStatus: input.registrationStatus,
      settingType: input.settingType ?? null,
      kind: OrganisationKind.PROVIDER,
      createdAt: new Date(),
    });
    return this.saved(em, context, provider, 'createProvider');
  }

  async addProviderSite(context: Context, input: ProviderSiteInput): Promise<ProviderSite> {
    const actor = assertCan(context.auth.actor, 'site:manage');
    let providerId = actor.organisationId;
    if (isPlatform(actor)) {
      if (!input.providerId) throw badInput('providerId', 'Choose the provider');
      providerId = asUuid(input.providerId, 'providerId');
    } else if (input.providerId && input.providerId !== actor.organisationId) {
      throw forbidden('You can only add sites to your own provider.');
    }
    const em = await context.tenant.em();
    const provider = await em.findOne(Provider, { id: providerId });
    if (!provider) throw notFound('Provider');
    const la = await em.findOne(LocalAuthority, { id: asUuid(input.localAuthorityId, 'localAuthorityId') });
    if (!la) throw badInput('localAuthorityId', 'Choose the local authority the site is in');
    const site = em.create(ProviderSite, {
      provider,
      name: requireText(input.name, 'name', 'the site name'),
      addressLine1: requireText(input.addressLine1, 'addressLine1', 'the first line of the address'),
      addressLine2: input.addressLine2?.trim() || null,
      town: requireText(input.town, 'town', 'the town or city', 100),
      postcode: normalisePostcode(input.postcode, 'postcode'),
      localAuthority: la,
      createdAt: new Date(),
    });
    this.audit.record(em, context, { action: 'write', subjectType: 'ProviderSite', subjectId: site.id, operation: 'addProviderSite' });
    await em.flush();
    return site;
  }

  /** Sites of many providers in one query (DataLoader batch function). */
  async sitesOfProviders(em: EntityManager, providerIds: readonly string[]): Promise<ProviderSite[][]> {
    const sites = await em.find(ProviderSite, { provider: { $in: [...providerIds] } }, { orderBy: { name: 'asc' } });
    return providerIds.map((id) => sites.filter((site) => site.provider.id === id));
  }

  private async saved<T extends Organisation>(em: EntityManager, context: Context, organisation: T, operation: string): Promise<T> {
    this.audit.record(em, context, { action: 'write', subjectType: 'Organisation', subjectId: organisation.id, operation });
    await em.flush();
    return organisation;
  }
}
