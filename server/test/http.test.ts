import { describe, expect, it } from 'vitest';
import { startTestServer, useTestServer } from './harness.js';

interface Body {
  data?: unknown;
  errors?: { message: string; extensions: { code: string } }[];
}

const t = useTestServer();

function post(url: string, query: string): Promise<Response> {
  return fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
}

/** POSTs a query to the test server: the HTTP status and the parsed body. */
async function ask(query: string, url = t.url): Promise<{ status: number; body: Body }> {
  const response = await post(url, query);
  return { status: response.status, body: (await response.json()) as Body };
}

/** `me { memberships { organisation { members { edges { node { organisation { … } } } } } } }`, `levels` times over. */
function nestedQuery(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels; i += 1) selection = `organisation { members { edges { node { ${selection} } } } }`;
  return `{ me { memberships { ${selection} } } }`;
}

describe('health and readiness', () => {
  it('answers /healthz', async () => {
    const response = await fetch(`${t.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz when the database is reachable', async () => {
    const response = await fetch(`${t.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });
});

describe('the /graphql endpoint', () => {
  it('tags each response with a fresh x-request-id', async () => {
    const first = await post(t.url, '{ me { user { id } } }');
    const second = await post(t.url, '{ me { user { id } } }');
    expect(first.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(second.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'));
  });

  it('sends helmet’s security headers and hides the framework', async () => {
    for (const response of [await post(t.url, '{ me { user { id } } }'), await fetch(`${t.url}/healthz`)]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('refuses an unknown field without suggesting the real names', async () => {
    const { body } = await ask('{ organisaton(id: "x") { nam } }');
    expect(body.errors!.length).toBeGreaterThan(0);
    expect(body.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    for (const error of body.errors!) expect(error.message).not.toMatch(/did you mean/i);
  });

  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED, not a server error', async () => {
    for (const query of ['{ me { ', '{ me { user { id } } } }', 'query books / { me { user { id } } }']) {
      const { status, body } = await ask(query);
      expect({ query, status, code: body.errors![0].extensions.code }).toEqual({ query, status: 400, code: 'GRAPHQL_PARSE_FAILED' });
      expect(body.errors![0].message).toMatch(/^Syntax Error/);
    }
  });

  it('stops parsing a document of more than 1000 tokens, and answers 400', async () => {
    const { status, body } = await ask(`{ me { user { ${'id '.repeat(1100)} } } }`);
    expect(status).toBe(400);
    expect(body.errors![0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors![0].message).toMatch(/more th\w+ 1000 tokens/);
  });

  it('runs a query within the depth limit and refuses one nested deeper', async () => {
    expect((await ask(nestedQuery(1))).body).toEqual({ data: { me: null } });
    const deep = await ask(nestedQuery(3));
    expect(deep.body.data).toBeUndefined();
    expect(deep.body.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(deep.body.errors![0].message).toMatch(/depth limit of 10/i);
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { user { id } }`).join(' ')} }`;
    expect((await ask(aliases(15))).body.errors).toBeUndefined();
    const refused = await ask(aliases(16));
    expect(refused.body.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refused.body.errors![0].message).toMatch(/alias/i);
  });

  it('in production mode leaks no suggestion, stack trace or schema', async () => {
    const production = await startTestServer({ production: true });
    try {
      const raw = await (await post(production.url, '{ organisaton(id: "x") { nam } }')).text();
      expect((JSON.parse(raw) as Body).errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      // The whole body, not only the message: development responses carry graphql-js's original text in the stack trace.
      expect(raw).not.toMatch(/did you mean/i);
      expect(raw).not.toMatch(/stacktrace/i);

      const introspection = await ask('{ __schema { types { name } } }', production.url);
      expect(introspection.body.data).toBeUndefined();
      expect(introspection.body.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await production.close();
    }
  });
});
