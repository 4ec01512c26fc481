import type { GraphQLFormattedError } from 'graphql';

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/** A browser-like GraphQL client over real HTTP: JSON POSTs and a cookie jar for the session. */
export class GraphQLClient {
  private cookie: string | undefined;

  constructor(private readonly url: string) {}

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie().find((value) => value.startsWith('ap_session='));
    if (setCookie) {
      const pair = setCookie.split(';')[0];
      this.cookie = pair === 'ap_session=' ? undefined : pair;
    }
    return (await response.json()) as GraphQLResult<T>;
  }

  /** The data, or a thrown error naming the GraphQL errors. */
  async data<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  get sessionCookie(): string | undefined {
    return this.cookie;
  }

  useCookie(cookie: string | undefined): void {
    this.cookie = cookie;
  }
}

export function errorCode(result: GraphQLResult): string | undefined {
  return result.errors?.[0]?.extensions?.code as string | undefined;
}

export function errorField(result: GraphQLResult): string | undefined {
  return result.errors?.[0]?.extensions?.field as string | undefined;
}
