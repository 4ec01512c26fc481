import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditService } from '../audit/audit.service.js';
import { assertCan, requireActor } from '../auth/permissions.js';
import { normaliseEmail } from '../common/email.js';
import { badInput, forbidden } from '../common/errors.js';
import type { Context } from '../graphql/context.js';
import { ProviderRegistrationStatus } from '../organisations/organisation-kind.js';
import { Provider } from '../organisations/organisation.entity.js';
import { todayInEngland } from './evidence-dates.js';
import { KeyStage, OfstedGrade, ProviderProfile, ProvisionFocus } from './profile.entity.js';
import type { ProviderProfileInput } from './profile.inputs.js';

const MAX_LIST_ITEMS = 50;
const MAX_ITEM_LENGTH = 100;

/** The provider profile: shared with every signed-in user, kept by the provider's own managers. */
export class ProfileService {
  constructor(private readonly audit: AuditService) {}

  /** Profiles of many providers in one query (DataLoader batch function); one never filled in comes back empty, unsaved. */
  async profilesOfProviders(em: EntityManager, providerIds: readonly string[]): Promise<ProviderProfile[]> {
    const profiles = await em.find(ProviderProfile, { provider: { $in: [...providerIds] } });
    return providerIds.map((id) => profiles.find((profile) => profile.provider.id === id) ?? new ProviderProfile());
  }

  async profileOf(context: Context, providerId: string): Promise<ProviderProfile> {
    requireActor(context.auth.actor);
    return context.loaders.profileByProvider.load(providerId);
  }

  async update(context: Context, input: ProviderProfileInput): Promise<ProviderProfile> {
    const actor = assertCan(context.auth.actor, 'qa-record:edit');
    const em = await context.tenant.em();
    const provider = await em.findOne(Provider, { id: actor.organisationId });
    if (!provider) throw forbidden('Only a provider keeps a provider profile.');
    const profile = (await em.findOne(ProviderProfile, { provider })) ?? em.create(ProviderProfile, { provider });
    applyChanges(profile, input, provider, todayInEngland());
    profile.updatedAt = new Date();
    this.audit.record(em, context, { action: 'write', subjectType: 'ProviderProfile', subjectId: provider.id, operation: 'updateProviderProfile' });
    await em.flush();
    return profile;
  }
}

/** Applies the fields given (undefined keeps, null clears), then checks the whole profile still makes sense. */
function applyChanges(profile: ProviderProfile, input: ProviderProfileInput, provider: Provider, today: string): void {
  const given = <K extends keyof ProviderProfileInput>(key: K) => input[key] !== undefined;
  if (given('legalName')) profile.legalName = optionalText(input.legalName, 'legalName', 'Legal name', 200);
  if (given('ofstedGrade')) profile.ofstedGrade = input.ofstedGrade ?? null;
  if (given('ofstedInspectionDate')) profile.ofstedInspectionDate = input.ofstedInspectionDate ?? null;
  if (given('keyStages')) profile.keyStages = inOrder(Object.values(KeyStage), input.keyStages);
  if (given('subjects')) profile.subjects = freeList(input.subjects, 'subjects', 'subject');
  if (given('qualifications')) profile.qualifications = freeList(input.qualifications, 'qualifications', 'qualification');
  if (given('focus')) profile.focus = inOrder(Object.values(ProvisionFocus), input.focus);
  if (given('places')) profile.places = input.places ?? null;
  if (given('placesAvailable')) profile.placesAvailable = input.placesAvailable ?? null;
  if (given('contactName')) profile.contactName = optionalText(input.contactName, 'contactName', 'Contact name', 100);
  if (given('contactEmail')) profile.contactEmail = optionalEmail(input.contactEmail, 'contactEmail');
  if (given('contactPhone')) profile.contactPhone = optionalPhone(input.contactPhone, 'contactPhone');
  if (given('dslName')) profile.dslName = optionalText(input.dslName, 'dslName', 'DSL name', 100);
  if (given('dslEmail')) profile.dslEmail = optionalEmail(input.dslEmail, 'dslEmail');
  if (given('dslPhone')) profile.dslPhone = optionalPhone(input.dslPhone, 'dslPhone');
  if (given('dslTrainingDate')) profile.dslTrainingDate = input.dslTrainingDate ?? null;
  checkOfsted(profile, provider, today);
  checkPlaces(profile);
  if (profile.dslTrainingDate && profile.dslTrainingDate > today) {
    throw badInput('dslTrainingDate', 'DSL training date must be today or in the past');
  }
}

function checkOfsted(profile: ProviderProfile, provider: Provider, today: string): void {
  const graded = profile.ofstedGrade && profile.ofstedGrade !== OfstedGrade.NOT_YET_INSPECTED;
  if (profile.ofstedGrade && provider.registrationStatus === ProviderRegistrationStatus.NON_SCHOOL) {
    throw badInput('ofstedGrade', 'Only registered schools and colleges have an Ofsted grade');
  }
  if (graded && !profile.ofstedInspectionDate) throw badInput('ofstedInspectionDate', 'Enter the date of the last Ofsted inspection');
  if (!graded && profile.ofstedInspectionDate) {
    throw badInput('ofstedInspectionDate', 'Only give an inspection date together with the grade from that inspection');
  }
  if (profile.ofstedInspectionDate && profile.ofstedInspectionDate > today) {
    throw badInput('ofstedInspectionDate', 'Inspection date must be today or in the past');
  }
}

function checkPlaces(profile: ProviderProfile): void {
  const { places, placesAvailable } = profile;
  if (places != null && places < 0) throw badInput('places', 'Number of places must be 0 or more');
  if (placesAvailable == null) return;
  if (placesAvailable < 0) throw badInput('placesAvailable', 'Places available must be 0 or more');
  if (places == null) throw badInput('places', 'Enter the number of places');
  if (placesAvailable > places) throw badInput('placesAvailable', `Places available must be no more than the number of places (${places})`);
}

function optionalText(value: string | null | undefined, field: string, label: string, max: number): string | null {
  const text = value?.trim().replace(/\s+/g, ' ') ?? '';
  if (text.length > max) throw badInput(field, `${label} must be ${max} characters or fewer`);
  return text || null;
}

function optionalEmail(value: string | null | undefined, field: string): string | null {
  return value?.trim() ? normaliseEmail(value, field) : null;
}

/** A UK number in any usual layout: 01632 960 001, 07700 900982, +44 808 157 0192. Kept as entered, tidied. */
function optionalPhone(value: string | null | undefined, field: string): string | null {
  const phone = value?.trim().replace(/\s+/g, ' ') ?? '';
  if (!phone) return null;
  const digits = phone.replace(/[\s().-]/g, '').replace(/^\+44/, '0');
  if (!/^0\d{9,10}$/.test(digits)) {
    throw badInput(field, 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192');
  }
  return phone;
}

/** The chosen values once each, in the enum's order. */
function inOrder<T extends string>(all: T[], chosen: T[] | null | undefined): T[] {
  return all.filter((value) => chosen?.includes(value));
}

/** Trimmed, non-empty, once each (ignoring case), in the order given. */
function freeList(values: string[] | null | undefined, field: string, noun: string): string[] {
  const seen = new Set<string>();
  const list: string[] = [];
  for (const raw of values ?? []) {
    const value = raw.trim().replace(/\s+/g, ' ');
    if (!value || seen.has(value.toLowerCase())) continue;
    if (value.length > MAX_ITEM_LENGTH) throw badInput(field, `Each ${noun} must be ${MAX_ITEM_LENGTH} characters or fewer`);
    seen.add(value.toLowerCase());
    list.push(value);
  }
  if (list.length > MAX_LIST_ITEMS) throw badInput(field, `Enter no more than ${MAX_LIST_ITEMS} of them`);
  return list;
}
