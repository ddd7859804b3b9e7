import autocannon from 'autocannon';
import { Client } from 'pg';
import { cpuMeter, Latencies, round } from './common';
import { databaseBackendsMeter } from './window';

export interface DeskOptions {
  base: string;
  /** API keys of fact-checkers; each request cycle takes the next one. */
  keys: string[];
  /** How long each of the two runs lasts. */
  seconds: number;
  /** Connections, each a person working back to back. */
  people: number;
  apiPid: number;
  databaseUrl: string;
}

const ROUTES = ['take next', 'list queue', 'save draft', 'submit'] as const;
type Route = (typeof ROUTES)[number];

/**
 * The desk under load, with autocannon: each connection is a person who takes the next claim, looks at the queue,
 * saves a draft of the verdict twice (once half written, once complete) and submits it, then starts again. First as
 * fast as the API answers (the most the desk can do: actions per second and the CPU each costs, API and Postgres),
 * then paced at half that rate, where the latency of each route is what a person would see on a busy day.
 */
export async function benchDesk(options: DeskOptions) {
  const saturated = await run(options);
  const paced = await run(options, Math.max(1, Math.round(saturated.actionsPerSecond / 2)));
  return { people: options.people, saturated, halfLoad: paced };
}

async function run(options: DeskOptions, overallRate?: number) {
  const perRoute = new Map<Route, { latencies: Latencies; failed: number }>(
    ROUTES.map((route) => [route, { latencies: new Latencies(), failed: 0 }]),
  );
  let nextKey = 0;
  const headers = (context: Record<string, any>) => ({
    authorization: `Bearer ${context.key}`,
    'content-type': 'application/json',
  });
  const answered = (route: Route, expected: number) => (status: number, _body: string, context: any) => {
    context.route = route;
    if (status !== expected) perRoute.get(route)!.failed++;
  };
  const forTheClaim =
    (method: 'GET' | 'PUT' | 'POST', path: (claimId: string) => string, body?: object) =>
    (request: autocannon.Request, context: any) =>
      context.claimId
        ? {
            ...request,
            method,
            path: path(context.claimId),
            headers: headers(context),
            body: body ? JSON.stringify(body) : '',
          }
        : (undefined as unknown as autocannon.Request); // nothing taken: start the cycle again
  const database = new Client({ connectionString: options.databaseUrl });
  await database.connect();
  const api = cpuMeter(() => [options.apiPid]);
  const postgres = await databaseBackendsMeter(database);
  let finish!: (result: autocannon.Result) => void;
  let fail!: (error: unknown) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const instance = autocannon(
    {
      url: options.base,
      connections: options.people,
      duration: options.seconds,
      ...(overallRate ? { overallRate } : {}),
      requests: [
        {
          method: 'POST',
          path: '/v1/queue/research/next',
          setupRequest: (request, context: any) => {
            context.key = options.keys[nextKey++ % options.keys.length];
            return { ...request, headers: headers(context) };
          },
          onResponse: (status, body, context: any) => {
            answered('take next', 200)(status, body, context);
            if (status === 200) context.claimId = (JSON.parse(body) as { id: string }).id;
          },
        },
        {
          setupRequest: forTheClaim('GET', () => '/v1/claims?stage=research&limit=20'),
          onResponse: answered('list queue', 200),
        },
        {
          setupRequest: forTheClaim('PUT', (id) => `/v1/claims/${id}/verdict`, {
            rating: 'False',
            summary: 'The figure is wrong.',
          }),
          onResponse: answered('save draft', 200),
        },
        {
          setupRequest: forTheClaim('PUT', (id) => `/v1/claims/${id}/verdict`, {
            rating: 'False',
            summary: 'The figure is wrong.',
            explanation: 'The official statistics give a figure less than half as high.',
            sources: [{ url: 'https://stats.example/figures', title: 'Official statistics' }],
          }),
          onResponse: answered('save draft', 200),
        },
        {
          setupRequest: forTheClaim('POST', (id) => `/v1/claims/${id}/submit`),
          onResponse: answered('submit', 200),
        },
      ],
    },
    (error: unknown, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (client: any, _status: number, _bytes: number, responseTime: number) => {
    const route = client.requestIterator.context.route as Route | undefined;
    if (route) perRoute.get(route)!.latencies.record(responseTime);
  });
  const result = await finished;
  const requests = result.requests.total;
  const perAction = (seconds: number) => round((seconds / Math.max(1, requests)) * 1000, 2);
  const cpuMs = { api: perAction(api()), postgres: perAction(await postgres()) };
  await database.end();
  const submitted = perRoute.get('submit')!.latencies.summary().count;
  return {
    ...(overallRate ? { requestsPerSecondAsked: overallRate } : {}),
    actionsPerSecond: round(requests / result.duration, 1),
    claimsSubmittedPerSecond: round(submitted / result.duration, 1),
    errors: result.errors + result.timeouts,
    /** CPU milliseconds per desk action (any of the routes), by process. */
    cpuMsPerAction: cpuMs,
    routes: Object.fromEntries(
      ROUTES.map((route) => {
        const { latencies, failed } = perRoute.get(route)!;
        const summary = latencies.summary();
        return [route, { count: summary.count, p50: summary.p50, p99: summary.p99, failed }];
      }),
    ),
  };
}
