import { cacheExchange, Client, fetchExchange } from '@urql/core';

/** The API client both portals use: same-origin /graphql, session cookie, POST only. */
export function createApiClient(): Client {
  return new Client({
    url: '/graphql',
    // Apollo's CSRF prevention rejects GET queries; urql's JSON POST passes it.
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: { credentials: 'same-origin' },
  });
}
