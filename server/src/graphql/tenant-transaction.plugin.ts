import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from './context.js';

/**
 * Ends each request's tenant transaction: a mutation with any error is rolled back whole
 * (nothing half-saved); everything else commits, including the audit of what was read.
 */
export function tenantTransactionPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, operation }) {
          const body = response.body;
          if (body.kind !== 'single') return;
          const failed = Boolean(body.singleResult.errors?.length);
          const commit = !(failed && operation?.operation === 'mutation');
          try {
            await contextValue.tenant.finish(commit);
          } catch (error) {
            await contextValue.tenant.finish(false).catch(() => undefined);
            body.singleResult.data = null;
            body.singleResult.errors = [
              ...(body.singleResult.errors ?? []),
              new GraphQLError('The change could not be saved. Try again.', { extensions: { code: 'CONFLICT' }, originalError: error as Error }),
            ];
          }
        },
      };
    },
  };
}
