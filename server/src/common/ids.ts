import { badInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot exist, and must not reach SQL as a cast error. */
export function asUuid(id: string, field?: string): string {
  if (UUID.test(id)) return id.toLowerCase();
  if (field) throw badInput(field, 'Not a valid id');
  return '00000000-0000-0000-0000-000000000000';
}
