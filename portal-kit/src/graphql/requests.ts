import type { AnyVariables, Client, TypedDocumentNode } from '@urql/core';
import { ApiError, problemsFrom, type ApiProblem } from './errors';

export type MutationOutcome<Data> =
  | { ok: true; data: Data }
  | { ok: false; problems: readonly ApiProblem[] };

const missingData: ApiProblem = {
  code: 'UNKNOWN',
  message: 'Sorry, there is a problem with the service. Try again later.',
};

/** Runs a query for a page and resolves with its data, or throws an ApiError for the error boundary. */
export async function fetchQuery<Data, Variables extends AnyVariables>(
  client: Client,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  // Everything is scoped to the active membership, which can change under a cached result.
  const result = await client.query(document, variables, { requestPolicy: 'network-only' }).toPromise();
  if (result.error) throw new ApiError(problemsFrom(result.error));
  if (!result.data) throw new ApiError([missingData]);
  return result.data;
}

/** Runs a mutation; expected failures come back as problems for the form to show, never thrown. */
export async function runMutation<Data, Variables extends AnyVariables>(
  client: Client,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<MutationOutcome<Data>> {
  const result = await client.mutation(document, variables).toPromise();
  if (result.error) return { ok: false, problems: problemsFrom(result.error) };
  if (!result.data) return { ok: false, problems: [missingData] };
  return { ok: true, data: result.data };
}
