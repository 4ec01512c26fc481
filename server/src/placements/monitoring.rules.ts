import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor.js';
import { assertCan, type Permission } from '../auth/permissions.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { asUuid } from '../common/ids.js';
import type { Context } from '../graphql/context.js';
import type { MemberNotification, NotificationService } from '../notifications/notification.service.js';
import { OrganisationKind } from '../organisations/organisation-kind.js';
import { requireText } from '../organisations/identifiers.js';
import { capitalise, parseDate } from '../qa/assessment.dates.js';
import { formatLongDate, todayInEngland } from '../qa/evidence-dates.js';
import { optionalText } from '../qa/framework.rules.js';
import { Placement, PlacementStatus } from './placement.entity.js';

/** Shared rules of the monitoring and ending operations: who acts on which placement, and how answers are checked. */

export type Member = Actor & { organisationId: string; membershipId: string };

const LONG_TEXT = 4000;

/**
 * The placement a school member acts on, with the permission checked. Another school's placement
 * is invisible under row-level security (NOT_FOUND); an LA or provider reading it is refused.
 */
export async function schoolPlacement(context: Context, em: EntityManager, permission: Permission, placementId: string): Promise<{ actor: Member; placement: Placement }> {
  return placementOf(context, em, permission, placementId, OrganisationKind.SCHOOL);
}

/** The placement a provider member acts on (one made with their provider), with the permission checked. */
export async function providerPlacement(context: Context, em: EntityManager, permission: Permission, placementId: string): Promise<{ actor: Member; placement: Placement }> {
  return placementOf(context, em, permission, placementId, OrganisationKind.PROVIDER);
}

async function placementOf(context: Context, em: EntityManager, permission: Permission, placementId: string, kind: OrganisationKind) {
  const actor = assertCan(context.auth.actor, permission);
  if (actor.organisationKind !== kind) throw forbidden();
  const placement = await em.findOne(Placement, { id: asUuid(placementId, 'placementId') });
  if (!placement) throw notFound('Placement');
  const party = kind === OrganisationKind.SCHOOL ? placement.school : placement.provider;
  if (party.id !== actor.organisationId) throw forbidden();
  return { actor, placement };
}

/** CONFLICT unless the placement is at one of the statuses, e.g. "Visits can be recorded only while a placement is active". */
export function assertStatus(placement: Placement, allowed: readonly PlacementStatus[], message: string): void {
  if (!allowed.includes(placement.status)) throw conflict(message);
}

/** The day the placement began: when the pupil started, or (not started yet) when the agreement was signed. */
export function placementBegan(placement: Placement): string | null {
  return placement.startedOn ?? (placement.agreedAt ? todayInEngland(placement.agreedAt) : null);
}

/**
 * A date typed into a form that must have happened, and not before the placement began:
 * "Enter the date of the review", "The date of the review must be today or in the past".
 */
export function pastDateWithin(placement: Placement, value: string | null | undefined, field: string, label: string): string {
  const date = parseDate(value, field, label);
  if (date > todayInEngland()) throw badInput(field, `${capitalise(label)} must be today or in the past`);
  const began = placementBegan(placement);
  if (began && date < began) throw badInput(field, `${capitalise(label)} must be on or after ${formatLongDate(began)}, when the placement started`);
  return date;
}

/** An optional date that must come after another: "The date of the next review must be after the date of the review". */
export function optionalDateAfter(value: string | null | undefined, field: string, label: string, after: { date: string; label: string; inclusive?: boolean }): string | null {
  if (!value?.trim()) return null;
  const date = parseDate(value, field, label);
  if (after.inclusive ? date < after.date : date <= after.date) {
    throw badInput(field, `${capitalise(label)} must be ${after.inclusive ? 'on or after' : 'after'} ${after.label}`);
  }
  return date;
}

/** A required answer in a long text box. */
export function requiredNote(value: string | null | undefined, field: string, label: string): string {
  return requireText(value, field, label, LONG_TEXT);
}

/** An optional answer in a long text box: null when blank. */
export function optionalNote(value: string | null | undefined, field: string, label: string): string | null {
  return optionalText(value, field, capitalise(label), LONG_TEXT) || null;
}

/** An attendance percentage, a whole number from 0 to 100. */
export function percentage(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 100) throw badInput(field, 'Attendance must be a whole number between 0 and 100');
  return value;
}

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** A time of day typed as HH:MM (24-hour), normalised to two digits each. */
export function parseTime(value: string | null | undefined, field: string, label: string): string {
  const text = value?.trim() ?? '';
  if (!text) throw badInput(field, `Enter ${label}`);
  const match = TIME.exec(text);
  if (!match) throw badInput(field, `${capitalise(label)} must be a real time in 24-hour format, like 13:45`);
  return `${match[1].padStart(2, '0')}:${match[2]}`;
}

const LONDON_OFFSET = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' });

/** Minutes England is ahead of UTC at an instant (0 in winter, 60 in summer time). */
function englandOffsetMinutes(at: number): number {
  const name = LONDON_OFFSET.formatToParts(new Date(at)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The instant of a wall-clock date and time in England. */
export function englandDateTime(date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  const wallClock = Date.UTC(year, month - 1, day, hours, minutes);
  return new Date(wallClock - englandOffsetMinutes(wallClock - englandOffsetMinutes(wallClock) * 60_000) * 60_000);
}

/** Raises the notification now (in the caller's transaction) and e-mails it only once the work has committed. */
export async function notifyAfterCommit(context: Context, em: EntityManager, notifications: NotificationService, message: MemberNotification): Promise<void> {
  const emails = await notifications.notifyMembers(em, message);
  context.tenant.afterCommit(() => notifications.send(emails));
}
