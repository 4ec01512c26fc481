import { expect } from 'vitest';
import type { GraphQLResult } from './graphql-client.js';
import type { Member } from './world.js';

const REFUSALS = new Set(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);

export interface RoleMatrix {
  /** Who may: the operation succeeds with no errors. */
  allowed: Record<string, Member>;
  /** Who may not: refused with FORBIDDEN, NOT_FOUND or UNAUTHENTICATED, and no data leaks. */
  refused: Record<string, Member>;
}

/**
 * One line per operation: `await roleMatrix(run, { allowed: { head }, refused: { otherSchool, provider } })`.
 * `run` is called once per actor, so it can make unique inputs for each.
 */
export async function roleMatrix(run: (actor: Member, name: string) => Promise<GraphQLResult>, matrix: RoleMatrix): Promise<void> {
  const outcomes: Record<string, string> = {};
  const expected: Record<string, string> = {};
  for (const [name, actor] of Object.entries(matrix.allowed)) {
    const result = await run(actor, name);
    outcomes[name] = result.errors?.length ? `refused ${JSON.stringify(result.errors.map((e) => e.extensions?.code ?? e.message))}` : 'allowed';
    expected[name] = 'allowed';
  }
  for (const [name, actor] of Object.entries(matrix.refused)) {
    const result = await run(actor, name);
    const code = result.errors?.[0]?.extensions?.code as string | undefined;
    const leaked = hasData(result.data);
    outcomes[name] = code && REFUSALS.has(code) && !leaked ? 'refused' : `not refused (${code ?? 'no error'}${leaked ? ', data returned' : ''})`;
    expected[name] = 'refused';
  }
  expect(outcomes).toEqual(expected);
}

function hasData(data: unknown): boolean {
  if (data === null || data === undefined) return false;
  if (typeof data !== 'object') return true;
  return Object.values(data).some(hasData);
}
