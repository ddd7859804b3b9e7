import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { METHODS } from 'node:http';
import { join } from 'node:path';
import { Type } from '@nestjs/common';
import { PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { getMetadataStorage } from 'class-validator';
import request from 'supertest';
import { waitFor, WebhookReceiver } from '@app/testing';
import { createUserKey, seedResearchClaims, startTestService, TestService } from './support';

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
};
type Operation = {
  operationId: string;
  security?: Record<string, string[]>[];
  'x-required-role'?: string;
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
};
type Document = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, { type: string; scheme?: string }> };
};
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

const ROLES = ['ingester', 'factchecker', 'editor', 'admin'] as const;
type Role = (typeof ROLES)[number];
const PROBLEM = 'application/problem+json';
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every route the express router serves, as "get /v1/claims/{id}" (the way test/bad-input.e2e-spec.ts lists them).
 * A route for every HTTP method at once is not an endpoint but a Nest middleware mounted for all methods of a path.
 */
function routesOf(service: TestService): { method: string; path: string }[] {
  const router = (
    service.api.getHttpAdapter().getInstance() as {
      router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    }
  ).router;
  return router.stack
    .filter((layer) => layer.route && !METHODS.every((method) => layer.route!.methods[method.toLowerCase()]))
    .flatMap((layer) =>
      Object.keys(layer.route!.methods)
        .filter((method) => method !== '_all')
        .map((method) => ({ method, path: layer.route!.path.replace(/:(\w+)/g, '{$1}') })),
    );
}

/** What is wrong with `value` as an instance of `schema` (OpenAPI 3.0): undocumented members count as wrong. */
function mismatches(document: Document, schema: Schema, value: unknown, at = '(body)'): string[] {
  if (schema.$ref)
    return mismatches(
      document,
      document.components.schemas[schema.$ref.replace('#/components/schemas/', '')],
      value,
      at,
    );
  if (value === null) return schema.nullable ? [] : [`${at}: null where the schema does not allow it`];
  const errors = (schema.allOf ?? []).flatMap((part) => mismatches(document, part, value, at));
  if (schema.enum && !schema.enum.includes(value))
    errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return [...errors, `${at}: ${JSON.stringify(value)} is not a string`];
      if (schema.format === 'date-time' && !ISO_DATE_TIME.test(value))
        errors.push(`${at}: ${value} is not a date-time`);
      if (schema.format === 'uuid' && !UUID.test(value)) errors.push(`${at}: ${value} is not a uuid`);
      return errors;
    case 'number':
      return typeof value === 'number' ? errors : [...errors, `${at}: ${JSON.stringify(value)} is not a number`];
    case 'integer':
      return Number.isInteger(value) ? errors : [...errors, `${at}: ${JSON.stringify(value)} is not an integer`];
    case 'boolean':
      return typeof value === 'boolean' ? errors : [...errors, `${at}: ${JSON.stringify(value)} is not a boolean`];
    case 'array':
      if (!Array.isArray(value)) return [...errors, `${at}: not an array`];
      return [
        ...errors,
        ...value.flatMap((item, index) => mismatches(document, schema.items ?? {}, item, `${at}[${index}]`)),
      ];
  }
  if (schema.type === 'object' || schema.properties) {
    if (typeof value !== 'object' || Array.isArray(value)) return [...errors, `${at}: not an object`];
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) if (!(name in record)) errors.push(`${at}.${name}: missing`);
    for (const [name, member] of Object.entries(record)) {
      const documented = schema.properties?.[name];
      if (documented) errors.push(...mismatches(document, documented, member, `${at}.${name}`));
      else if (typeof schema.additionalProperties === 'object')
        errors.push(...mismatches(document, schema.additionalProperties, member, `${at}.${name}`));
      else if (schema.properties && schema.additionalProperties !== true) errors.push(`${at}.${name}: not documented`);
    }
  }
  return errors;
}

describe('OpenAPI documentation', () => {
  let service: TestService;
  let document: Document;

  beforeAll(async () => {
    service = await startTestService({ worker: false });
    document = (await service.http(null).get('/docs-json').expect(200)).body;
  }, 60_000);

  afterAll(() => service?.stop());

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ method, path, operation })),
    );

  it('is served at /docs-json without a key, as OpenAPI 3, with the API’s strict CSP', async () => {
    const response = await service.http(null).get('/docs-json').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(document.openapi).toMatch(/^3\./);
    expect(document.components.securitySchemes['api-key']).toEqual(
      expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    );
  });

  it('is what the web desk’s types were generated from: apps/web/src/api/schema.ts is up to date', () => {
    const root = join(__dirname, '..');
    // The generator runs outside jest, whose module loader cannot load openapi-typescript's ES modules.
    const run = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'scripts/generate-api-types.ts', '--stdin'],
      { cwd: root, input: JSON.stringify(document), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.status !== 0) throw new Error(`scripts/generate-api-types.ts --stdin failed:\n${run.stderr}`);
    const generated = run.stdout.split('\n');
    const inTree = readFileSync(join(root, 'apps/web/src/api/schema.ts'), 'utf8').split('\n');
    const at = generated.findIndex((line, index) => line !== inTree[index]);
    if (at >= 0 || inTree.length !== generated.length) {
      const line = at >= 0 ? at : Math.min(inTree.length, generated.length);
      throw new Error(
        'apps/web/src/api/schema.ts is stale: it is not what GET /docs-json generates. ' +
          'Run `npm run generate:api-types` and commit the result.\n' +
          `First difference, line ${line + 1}:\n  in the tree: ${inTree[line] ?? '(end of file)'}\n` +
          `  generated:   ${generated[line] ?? '(end of file)'}`,
      );
    }
  }, 60_000);

  it('serves Swagger UI at /docs without a key, with a CSP of its own that runs nothing inline', async () => {
    const page = await service.http(null).get('/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const policy = page.headers['content-security-policy'];
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(page.text).not.toMatch(/<script>|<script [^>]*>[^<]/);
    const sources = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources).toEqual(
      expect.arrayContaining(['/docs/swagger-ui-bundle.js', '/docs/docs.js', '/docs/swagger-ui.css']),
    );
    for (const source of sources) {
      const asset = await service.http(null).get(source);
      expect({ source, status: asset.status }).toEqual({ source, status: 200 });
    }
    expect((await service.http(null).get('/docs/docs.js')).text).toContain("url: '/docs-json'");
    // Only the listed files of swagger-ui-dist are served; anything else under /docs is the API's 404 problem.
    const other = await service.http(null).get('/docs/package.json').expect(404);
    expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('keeps the strict CSP on every other answer', async () => {
    for (const path of ['/v1/me', '/health/live', '/v1/nothing-here']) {
      const response = await service.http().get(path);
      expect({ path, policy: response.headers['content-security-policy'] }).toEqual({
        path,
        policy: expect.stringMatching(/^default-src 'none'/),
      });
    }
  });

  it('lists every route the API serves, with its method', () => {
    const routes = routesOf(service);
    expect(routes.length).toBeGreaterThan(30);
    const missing = routes.filter(({ method, path }) => !document.paths[path]?.[method]);
    expect(missing).toEqual([]);
    expect(routes.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining([
        'get /docs',
        'get /docs-json',
        'get /health/live',
        'post /v1/articles',
        'get /v1/claims/{id}',
      ]),
    );
  });

  it('documents nothing that is not served', () => {
    const served = new Set(routesOf(service).map(({ method, path }) => `${method} ${path}`));
    expect(
      operations()
        .map(({ method, path }) => `${method} ${path}`)
        .filter((route) => !served.has(route)),
    ).toEqual([]);
  });

  it('declares bearer auth and the least role on every operation that needs a key, and nothing on public ones', () => {
    for (const { method, path, operation } of operations()) {
      const name = `${method.toUpperCase()} ${path}`;
      if (path.startsWith('/v1/')) {
        expect({ name, security: operation.security }).toEqual({ name, security: [{ 'api-key': [] }] });
        expect({ name, role: operation['x-required-role'] }).toEqual({
          name,
          role: expect.stringMatching(/^(ingester|factchecker|editor|admin)$/),
        });
        expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));
      } else {
        expect({ name, security: operation.security }).toEqual({ name, security: [] });
        expect({ name, role: operation['x-required-role'] }).toEqual({ name, role: undefined });
      }
    }
  });

  it('names the role the API actually enforces: one role below gets 403, the documented role gets past the guard', async () => {
    const keys = {} as Record<Role, string>;
    for (const role of ROLES) keys[role] = (await createUserKey(service, role)).apiKey;
    for (const { method, path, operation } of operations()) {
      const name = `${method.toUpperCase()} ${path}`;
      // Ids nobody has: the call reaches the use case and finds nothing, so nothing changes.
      const url = path.replace(/\{\w+\}/g, () => randomUUID());
      const send = (key: string | null) => service.http(key)[method as Method](url);
      const role = operation['x-required-role'] as Role | undefined;
      if (!role) {
        const response = await send(null);
        expect({ name, open: ![401, 403].includes(response.status) }).toEqual({ name, open: true });
        continue;
      }
      expect({ name, status: (await send(null)).status }).toEqual({ name, status: 401 });
      const allowed = await send(keys[role]);
      expect({ name, role, allowed: ![401, 403].includes(allowed.status) }).toEqual({ name, role, allowed: true });
      const below = ROLES[ROLES.indexOf(role) - 1];
      if (below)
        expect({ name, below, status: (await send(keys[below])).status }).toEqual({ name, below, status: 403 });
    }
  });

  it('documents the problem answers every operation shares', () => {
    expect(document.components.schemas.Problem).toEqual(
      expect.objectContaining({ required: expect.arrayContaining(['type', 'title', 'status', 'detail']) }),
    );
    for (const { method, path, operation } of operations()) {
      const name = `${method.toUpperCase()} ${path}`;
      const expected = [
        '400',
        ...(path.includes('{') ? ['404'] : []),
        ...(operation.requestBody ? ['413', '415'] : []),
      ];
      if (path.startsWith('/v1/')) expected.push('401', '403', '429');
      expect({ name, statuses: Object.keys(operation.responses) }).toEqual({
        name,
        statuses: expect.arrayContaining(expected),
      });
      for (const status of Object.keys(operation.responses).filter((code) => Number(code) >= 400)) {
        expect({ name, status, content: operation.responses[status].content }).toEqual({
          name,
          status,
          content: { [PROBLEM]: { schema: { $ref: '#/components/schemas/Problem' } } },
        });
      }
    }
  });

  it('documents a success answer with its body for every /v1 operation', () => {
    for (const { method, path, operation } of operations().filter((entry) => entry.path.startsWith('/v1/'))) {
      const name = `${method.toUpperCase()} ${path}`;
      const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      expect({ name, documented: successes.length > 0 }).toEqual({ name, documented: true });
      for (const [status, response] of successes) {
        if (status === '204') continue;
        expect({ name, status, content: Object.keys(response.content ?? {}) }).toEqual({
          name,
          status,
          content: [expect.stringMatching(/json|csv/)],
        });
      }
    }
  });

  it('documents each DTO: request bodies with their fields, query parameters with theirs', () => {
    const discovery = service.api.get(DiscoveryService, { strict: false });
    const scanner = new MetadataScanner();
    const operationById = new Map(operations().map((entry) => [entry.operation.operationId, entry]));
    const fieldsOf = (dto: Type<unknown>) =>
      [
        ...new Set(
          getMetadataStorage()
            .getTargetValidationMetadatas(dto, '', true, false)
            .map((rule) => rule.propertyName),
        ),
      ].sort();
    let checked = 0;
    for (const wrapper of discovery.getControllers()) {
      const controller = wrapper.metatype as Type<unknown>;
      for (const method of scanner.getAllMethodNames(controller.prototype)) {
        if (Reflect.getMetadata(PATH_METADATA, controller.prototype[method]) === undefined) continue;
        const entry = operationById.get(`${controller.name}_${method}`);
        expect({ route: `${controller.name}.${method}`, documented: Boolean(entry) }).toEqual({
          route: `${controller.name}.${method}`,
          documented: true,
        });
        const name = `${entry!.method.toUpperCase()} ${entry!.path}`;
        const args: Record<string, { index: number; data?: string }> =
          Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {};
        const types: Type<unknown>[] = Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? [];
        const of = (kind: RouteParamtypes) =>
          Object.entries(args).filter(([key, arg]) => key.split(':')[0] === String(kind) && arg.data === undefined);
        const body = of(RouteParamtypes.BODY)[0];
        if (body) {
          const schema = entry!.operation.requestBody?.content['application/json']?.schema;
          expect({ name, body: schema?.$ref }).toEqual({
            name,
            body: expect.stringMatching(/^#\/components\/schemas\//),
          });
          const documented = document.components.schemas[schema!.$ref!.split('/').pop()!];
          expect({ name, fields: Object.keys(documented.properties ?? {}).sort() }).toEqual({
            name,
            fields: fieldsOf(types[body[1].index]),
          });
        } else {
          expect({ name, body: entry!.operation.requestBody }).toEqual({ name, body: undefined });
        }
        for (const [, query] of of(RouteParamtypes.QUERY)) {
          const parameters = (entry!.operation.parameters ?? [])
            .filter((parameter) => parameter.in === 'query')
            .map((parameter) => parameter.name)
            .sort();
          expect({ name, parameters }).toEqual({ name, parameters: fieldsOf(types[query.index]) });
        }
        const pathParameters = (entry!.operation.parameters ?? [])
          .filter((parameter) => parameter.in === 'path')
          .map((parameter) => parameter.name);
        expect({ name, pathParameters: pathParameters.sort() }).toEqual({
          name,
          pathParameters: [...entry!.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort(),
        });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  describe('answers look as documented (worker running)', () => {
    const receiver = new WebhookReceiver();
    const keys = {} as Record<Role | 'factchecker2', string>;
    const covered = new Set<string>();

    /** Sends a request to an operation of the document and checks the answer against what it documents for that status. */
    async function call(
      key: string | null,
      method: Method,
      template: string,
      options: {
        params?: Record<string, string>;
        body?: object;
        query?: Record<string, string>;
        headers?: Record<string, string>;
      } = {},
    ): Promise<request.Response> {
      const url = template.replace(/\{(\w+)\}/g, (_match, name: string) => options.params![name]);
      let test = service.http(key)[method](url);
      if (options.query) test = test.query(options.query);
      if (options.headers) test = test.set(options.headers);
      const response = await (options.body ? test.send(options.body) : test);
      const name = `${method.toUpperCase()} ${template} → ${response.status}`;
      const documented = document.paths[template]?.[method]?.responses[String(response.status)];
      expect({ name, documented: Boolean(documented) }).toEqual({ name, documented: true });
      covered.add(`${method} ${template} ${response.status}`);
      if (response.status === 204) return response;
      const mediaType = String(response.headers['content-type']).split(';')[0];
      const content = documented.content?.[mediaType];
      expect({ name, mediaType, documented: Boolean(content) }).toEqual({ name, mediaType, documented: true });
      if (/json/.test(mediaType))
        expect({ name, mismatches: mismatches(document, content!.schema, response.body) }).toEqual({
          name,
          mismatches: [],
        });
      return response;
    }

    beforeAll(async () => {
      await service.startWorker();
      keys.admin = service.adminKey;
      for (const role of ['ingester', 'factchecker', 'editor'] as const)
        keys[role] = (await createUserKey(service, role)).apiKey;
      keys.factchecker2 = (await createUserKey(service, 'factchecker')).apiKey;
    }, 60_000);

    afterAll(() => receiver.stop());

    it('users, the caller and the rating scale', async () => {
      const person = {
        body: { name: 'Schema Person', role: 'editor', team: 'Politics' },
        headers: { 'Idempotency-Key': randomUUID() },
      };
      const created = await call(keys.admin, 'post', '/v1/users', person);
      expect(created.status).toBe(201);
      expect((await call(keys.admin, 'post', '/v1/users', person)).status).toBe(200);
      await call(keys.admin, 'get', '/v1/users');
      expect((await call(keys.admin, 'post', '/v1/users/{id}/key', { params: { id: created.body.id } })).status).toBe(
        200,
      );
      expect((await call(keys.admin, 'delete', '/v1/users/{id}', { params: { id: created.body.id } })).status).toBe(
        204,
      );
      expect((await call(keys.admin, 'post', '/v1/users/{id}/key', { params: { id: created.body.id } })).status).toBe(
        409,
      );
      expect((await call(keys.admin, 'post', '/v1/users', { body: { role: 'chief' } })).status).toBe(400);
      await call(keys.ingester, 'get', '/v1/me');
      await call(keys.admin, 'get', '/v1/me');
      await call(keys.ingester, 'get', '/v1/ratings');
      expect((await call(null, 'get', '/v1/me')).status).toBe(401);
      expect((await call(keys.ingester, 'get', '/v1/users')).status).toBe(403);
    });

    it('an article from submission to extraction', async () => {
      const article = {
        title: 'Council debates the budget',
        url: `https://news.example/budget-${randomUUID()}`,
        publisher: 'The Example Times',
        publishedAt: '2026-09-06T12:00:00Z',
        authors: ['A. Reporter'],
        body:
          'Mayor Jane Roe spoke on Monday.\n\n“Crime fell 20 percent last year, the largest drop in a decade,” Roe said.\n\n' +
          'Councillor Sam Poe disagreed. “Property taxes rose 12 percent since 2022,” Poe said.',
      };
      const received = await call(keys.ingester, 'post', '/v1/articles', { body: article });
      expect(received.status).toBe(202);
      expect(received.headers.location).toBe(`/v1/articles/${received.body.id}`);
      expect((await call(keys.ingester, 'post', '/v1/articles', { body: article })).status).toBe(200);
      await waitFor(
        async () =>
          (await service.http(keys.ingester).get(`/v1/articles/${received.body.id}`)).body.status === 'extracted',
        {
          what: 'the article to be extracted',
        },
      );
      const extracted = await call(keys.ingester, 'get', '/v1/articles/{id}', { params: { id: received.body.id } });
      expect(extracted.body.quotes.length).toBeGreaterThan(0);
      const listed = await call(keys.factchecker, 'get', '/v1/articles', { query: { q: 'budget', limit: '5' } });
      expect(listed.body.items[0]).toMatchObject({ id: received.body.id, quoteCount: extracted.body.quotes.length });
      expect((await call(keys.ingester, 'get', '/v1/articles/{id}', { params: { id: randomUUID() } })).status).toBe(
        404,
      );
      expect(
        (await call(keys.ingester, 'post', '/v1/articles', { body: { body: 'x', html: '<p>x</p>' } })).status,
      ).toBe(400);
    });

    it('research, review, publication, correction, repeats, exports, the audit trail and webhooks', async () => {
      const subscription = {
        body: {
          url: await receiver.start(),
          events: ['verdict.published', 'verdict.corrected'],
          description: 'Schema newsroom',
        },
        headers: { 'Idempotency-Key': randomUUID() },
      };
      const hook = await call(keys.admin, 'post', '/v1/webhooks', subscription);
      expect(hook.status).toBe(201);
      expect((await call(keys.admin, 'post', '/v1/webhooks', subscription)).status).toBe(200);
      await call(keys.admin, 'get', '/v1/webhooks');

      const [, second] = await seedResearchClaims(service, 3);
      const page = await call(keys.factchecker, 'get', '/v1/claims', { query: { stage: 'research', limit: '2' } });
      expect(page.body.nextCursor).toEqual(expect.any(String));
      await call(keys.factchecker, 'get', '/v1/claims', {
        query: { stage: 'research', cursor: page.body.nextCursor, minScore: '0.1', q: 'unemployment' },
      });

      // A fact-checker takes the top claim, drafts and submits a verdict.
      const taken = await call(keys.factchecker, 'post', '/v1/queue/research/next');
      expect(taken.status).toBe(200);
      const claimId: string = taken.body.id;
      const id = { id: claimId };
      await call(keys.factchecker, 'get', '/v1/claims/{id}', { params: id });
      await call(keys.factchecker, 'post', '/v1/claims/{id}/lease', { params: id });
      // It corrects the machine first (standalone form, speaker); an editor moves the quote's mention to the first
      // "Senator Jane Doe" of the article, and lists the corrections.
      const correctedClaim = await call(keys.factchecker, 'patch', '/v1/claims/{id}', {
        params: id,
        body: {
          standalone: 'Unemployment in the district fell to a record low in 2025.',
          speaker: { name: 'Jane Doe', type: 'person', title: 'State Senator' },
        },
      });
      expect(correctedClaim.body.machine).toEqual(expect.objectContaining({ standalone: expect.any(String) }));
      await call(keys.editor, 'patch', '/v1/quotes/{id}', {
        params: { id: correctedClaim.body.quote.id },
        body: { mention: { start: 0, end: 'Senator Jane Doe'.length } },
      });
      const corrections = await call(keys.editor, 'get', '/v1/corrections', { query: { limit: '10' } });
      expect(corrections.body.items.map((item: { kind: string }) => item.kind)).toEqual(
        expect.arrayContaining(['claim-standalone', 'speaker', 'mention']),
      );
      const verdict = {
        rating: 'Mostly False',
        summary: 'The rate fell, but by less than claimed.',
        explanation: 'The state statistics office reports a smaller fall.',
        sources: [{ url: 'https://stats.example/unemployment-2025', title: 'Unemployment 2025' }],
      };
      await call(keys.factchecker, 'put', '/v1/claims/{id}/verdict', { params: id, body: verdict });
      await call(keys.factchecker, 'post', '/v1/claims/{id}/submit', { params: id });
      // In review now: only an editor may lease it.
      expect((await call(keys.factchecker2, 'post', '/v1/claims/{id}/lease', { params: id })).status).toBe(403);

      // Another claim: leased by one, refused to another, given back, dismissed.
      const other = {
        id:
          claimId === second
            ? (await service.query(`SELECT id FROM claims WHERE stage = 'research' AND id <> $1 LIMIT 1`, [claimId]))[0]
                .id
            : second,
      };
      await call(keys.factchecker2, 'post', '/v1/claims/{id}/lease', { params: other });
      expect((await call(keys.factchecker, 'post', '/v1/claims/{id}/lease', { params: other })).status).toBe(409);
      expect((await call(keys.factchecker2, 'delete', '/v1/claims/{id}/lease', { params: other })).status).toBe(204);
      expect((await call(keys.factchecker2, 'delete', '/v1/claims/{id}/lease', { params: other })).status).toBe(409);
      // An editor gives it to another fact-checker, then breaks that lease: it is free again.
      await call(keys.factchecker2, 'post', '/v1/claims/{id}/lease', { params: other });
      const checker = await call(keys.factchecker, 'get', '/v1/me');
      const assigned = await call(keys.editor, 'post', '/v1/claims/{id}/assign', {
        params: other,
        body: { userId: checker.body.id },
      });
      expect(assigned.body.lease.holderId).toBe(checker.body.id);
      expect((await call(keys.editor, 'post', '/v1/claims/{id}/break-lease', { params: other })).status).toBe(200);
      expect((await call(keys.editor, 'post', '/v1/claims/{id}/break-lease', { params: other })).status).toBe(409);
      await call(keys.factchecker, 'post', '/v1/claims/{id}/dismiss', {
        params: other,
        body: { reason: 'Not a claim of fact.' },
      });
      // A note on it, and the note again for a retry with the same Idempotency-Key.
      const note = {
        params: other,
        body: { text: 'Opinion; kept for the record.' },
        headers: { 'Idempotency-Key': randomUUID() },
      };
      expect((await call(keys.factchecker, 'post', '/v1/claims/{id}/notes', note)).status).toBe(201);
      expect((await call(keys.factchecker, 'post', '/v1/claims/{id}/notes', note)).status).toBe(200);

      // A claim added by hand from the article's own words (and again for a retry), split in two, merged back.
      const { article } = (await call(keys.factchecker, 'get', '/v1/claims/{id}', { params: other })).body;
      const own = 'Senator Jane Doe spoke on Monday.';
      const byHand = {
        params: { id: article.id },
        body: { start: 0, end: own.length },
        headers: { 'Idempotency-Key': randomUUID() },
      };
      const added = await call(keys.factchecker, 'post', '/v1/articles/{id}/claims', byHand);
      expect(added.status).toBe(201);
      expect((await call(keys.factchecker, 'post', '/v1/articles/{id}/claims', byHand)).status).toBe(200);
      const split = await call(keys.factchecker, 'post', '/v1/claims/{id}/split', {
        params: { id: added.body.id },
        body: { at: 'Senator Jane Doe'.length },
      });
      expect(split.status).toBe(201);
      const [left, right] = split.body.claims;
      const merged = await call(keys.factchecker, 'post', '/v1/claims/{id}/merge', {
        params: { id: right.id },
        body: { otherClaimId: left.id },
      });
      expect(merged.status).toBe(201);

      // The editor sends it back, the fact-checker resubmits, the editor approves.
      const review = await call(keys.editor, 'post', '/v1/queue/review/next');
      expect(review.body.id).toBe(claimId);
      await call(keys.editor, 'post', '/v1/claims/{id}/reject', {
        params: id,
        body: { comment: 'Name the statistics office.' },
      });
      const mine = await call(keys.factchecker, 'get', '/v1/me/verdicts');
      expect(mine.body.items[0].reviewComment).toBe('Name the statistics office.');
      await call(keys.factchecker, 'post', '/v1/claims/{id}/lease', { params: id });
      await call(keys.factchecker, 'post', '/v1/claims/{id}/submit', { params: id });
      expect((await call(keys.editor, 'post', '/v1/queue/review/next')).status).toBe(200);
      // The editor tightens the summary before approving; the fact-checker stays its author.
      const edited = await call(keys.editor, 'patch', '/v1/claims/{id}/verdict', {
        params: id,
        body: { summary: 'The rate fell, by less than claimed.' },
      });
      expect(edited.body.editors).toHaveLength(1);
      await call(keys.editor, 'post', '/v1/claims/{id}/approve', { params: id });
      expect((await call(keys.editor, 'post', '/v1/queue/review/next')).status).toBe(204);
      await waitFor(
        async () => (await service.http(keys.ingester).get(`/v1/claims/${claimId}/claimreview`)).status === 200,
        { what: 'publication' },
      );
      await call(keys.ingester, 'get', '/v1/claims/{id}/claimreview', { params: id });

      // A correction makes version 2.
      const correction = await call(keys.editor, 'post', '/v1/claims/{id}/correct', {
        params: id,
        body: { rating: 'False', note: 'A newer release.' },
      });
      expect(correction.status).toBe(202);
      await waitFor(
        async () => (await service.http(keys.ingester).get(`/v1/claims/${claimId}/claimreview`)).body.version === 2,
        { what: 'the correction' },
      );
      const corrected = await call(keys.ingester, 'get', '/v1/claims/{id}/claimreview', { params: id });
      expect(corrected.body.dateModified).toEqual(expect.any(String));
      await call(keys.ingester, 'get', '/v1/claimreviews', { query: { limit: '1' } });
      const csv = await call(keys.ingester, 'get', '/v1/claimreviews.csv');
      expect(csv.text.split('\r\n')[0]).toMatch(/^claim_id,version,/);

      // The same words in a later article are linked to the published claim, shown with its verdict.
      const { text } = (await service.query('SELECT text FROM claims WHERE id = $1', [claimId]))[0];
      // And another seeded claim said again, whose link to its first saying someone turns down.
      const seeded = (
        await service.query(
          `SELECT text FROM claims WHERE article_id = (SELECT article_id FROM claims WHERE id = $1)
          AND id <> $1 ORDER BY position LIMIT 1`,
          [claimId],
        )
      )[0].text;
      const repeat = await service
        .http(keys.ingester)
        .post('/v1/articles')
        .send({
          body: `Senator Jane Doe spoke again.\n\n“${text},” Senator Jane Doe said on Friday.\n\n“${seeded},” she added.\n\n“I love this city,” she said.`,
        })
        .expect(202);
      const repeated = await waitFor(
        async () =>
          (
            await service.query(
              'SELECT id FROM claims WHERE article_id = $1 AND triaged_at IS NOT NULL AND text = $2',
              [repeat.body.id, text],
            )
          )[0],
        { what: 'the repeated claim to be triaged' },
      );
      const detail = await call(keys.factchecker, 'get', '/v1/claims/{id}', { params: { id: repeated.id } });
      const match = detail.body.matches.find((entry: { claim: { id: string } }) => entry.claim.id === claimId);
      expect(match.verdict).toEqual(expect.objectContaining({ version: 2 }));
      const matchParams = { id: repeated.id, matchId: match.id };
      await call(keys.factchecker, 'post', '/v1/claims/{id}/matches/{matchId}/confirm', { params: matchParams });
      expect(
        (await call(keys.factchecker, 'post', '/v1/claims/{id}/matches/{matchId}/reject', { params: matchParams }))
          .status,
      ).toBe(409);
      // Confirmed a repeat of the published claim: its verdict starts as the same verdict.
      const { stage } = (await service.query('SELECT stage FROM claims WHERE id = $1', [repeated.id]))[0];
      if (stage === 'triage')
        await service.http(keys.factchecker).post(`/v1/claims/${repeated.id}/promote`).expect(200);
      await call(keys.factchecker, 'post', '/v1/claims/{id}/lease', { params: { id: repeated.id } });
      const reused = await call(keys.factchecker, 'post', '/v1/claims/{id}/verdict/reuse', {
        params: { id: repeated.id },
        body: { fromClaimId: claimId },
      });
      expect(reused.body).toMatchObject({ rating: 'False', reusedFrom: { claimId, version: 2 } });
      const again = await waitFor(
        async () =>
          (
            await service.query(
              'SELECT id FROM claims WHERE article_id = $1 AND triaged_at IS NOT NULL AND text = $2',
              [repeat.body.id, seeded],
            )
          )[0],
        { what: 'the other repeated claim to be triaged' },
      );
      const [turnedDown] = (await call(keys.factchecker, 'get', '/v1/claims/{id}', { params: { id: again.id } })).body
        .matches;
      expect(turnedDown).toBeDefined();
      await call(keys.factchecker, 'post', '/v1/claims/{id}/matches/{matchId}/reject', {
        params: { id: again.id, matchId: turnedDown.id },
      });
      const parked = (
        await service.query(
          `SELECT id FROM claims WHERE stage = 'triage' AND parked AND triaged_at IS NOT NULL LIMIT 1`,
        )
      )[0];
      if (parked) await call(keys.factchecker, 'post', '/v1/claims/{id}/promote', { params: { id: parked.id } });

      await call(keys.factchecker, 'get', '/v1/claims/{id}/history', { params: id });
      await call(keys.editor, 'get', '/v1/events', { query: { claimId, type: 'verdict.published,verdict.corrected' } });
      await call(keys.editor, 'get', '/v1/events', { query: { limit: '5' } });
      await call(keys.factchecker, 'get', '/v1/stats');
      await call(keys.editor, 'get', '/v1/people', { query: { role: 'factchecker' } });

      // The newsroom got both; a finished delivery can be sent again.
      const hookId = { id: hook.body.id };
      const deliveries = await waitFor(
        async () => {
          const list = await service.http(keys.admin).get(`/v1/webhooks/${hook.body.id}/deliveries`);
          return (
            list.body.items.length >= 2 &&
            list.body.items.every((item: { status: string }) => item.status === 'succeeded') &&
            list.body.items
          );
        },
        { what: 'the webhook deliveries' },
      );
      await call(keys.admin, 'get', '/v1/webhooks/{id}/deliveries', { params: hookId, query: { status: 'succeeded' } });
      const retried = await call(keys.admin, 'post', '/v1/webhooks/{id}/deliveries/{deliveryId}/retry', {
        params: { ...hookId, deliveryId: deliveries[0].id },
      });
      expect(retried.status).toBe(202);
      expect((await call(keys.admin, 'delete', '/v1/webhooks/{id}', { params: hookId })).status).toBe(204);
      expect((await call(keys.admin, 'delete', '/v1/webhooks/{id}', { params: hookId })).status).toBe(404);
    }, 120_000);

    it('covered the success answer of nearly every /v1 operation', () => {
      const documented = operations()
        .filter(({ path }) => path.startsWith('/v1/'))
        .map(
          ({ method, path, operation }) =>
            `${method} ${path} ${Object.keys(operation.responses).find((status) => status.startsWith('2'))}`,
        );
      const missed = documented.filter((success) => !covered.has(success));
      // Promote needs a claim that triage parked; the rest must all have been seen.
      expect(missed.filter((success) => !success.startsWith('post /v1/claims/{id}/promote'))).toEqual([]);
    });
  });
});
