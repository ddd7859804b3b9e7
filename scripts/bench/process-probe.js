/**
 * Preloaded into an app's process by the bench (`node -r`): what the process itself saw of a measurement window, so
 * a latency tail can be told apart from the client's view. Between two SIGUSR2 it collects garbage collection pauses,
 * event-loop delay and the server-side time of every request (from Node's http diagnostics channels, by method and
 * route with ids replaced); each SIGUSR2 writes what it collected as one `bench-probe {json}` line on stderr and starts
 * again.
 */
'use strict';
const { subscribe } = require('node:diagnostics_channel');
const { monitorEventLoopDelay, performance, PerformanceObserver } = require('node:perf_hooks');

const GC_KINDS = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weak callbacks' };
const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
let gc;
let requests;
const started = new WeakMap();
const loopDelay = monitorEventLoopDelay({ resolution: 10 });

function reset() {
  gc = { count: 0, totalMs: 0, maxMs: 0, over10ms: 0, byKind: {} };
  requests = new Map();
  loopDelay.reset();
  loopDelay.enable();
}
reset();

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.count++;
    gc.totalMs += entry.duration;
    gc.maxMs = Math.max(gc.maxMs, entry.duration);
    if (entry.duration > 10) gc.over10ms++;
    const kind = GC_KINDS[entry.detail?.kind] ?? 'other';
    gc.byKind[kind] = gc.byKind[kind] ?? { count: 0, maxMs: 0 };
    gc.byKind[kind].count++;
    gc.byKind[kind].maxMs = Math.max(gc.byKind[kind].maxMs, Math.round(entry.duration * 100) / 100);
  }
}).observe({ entryTypes: ['gc'] });

subscribe('http.server.request.start', ({ request }) => started.set(request, performance.now()));
subscribe('http.server.response.finish', ({ request }) => {
  const at = started.get(request);
  if (at === undefined) return;
  const route = `${request.method} ${(request.url ?? '').split('?')[0].replace(ID, ':id')}`;
  if (!requests.has(route)) requests.set(route, []);
  requests.get(route).push(performance.now() - at);
});

const round = (value) => Math.round(value * 100) / 100;
function percentile(sorted, share) {
  return sorted.length ? round(sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]) : 0;
}

process.on('SIGUSR2', () => {
  const routes = {};
  for (const [route, times] of requests) {
    const sorted = times.sort((a, b) => a - b);
    routes[route] = {
      count: sorted.length,
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      max: round(sorted[sorted.length - 1]),
    };
  }
  const report = {
    gc: {
      count: gc.count,
      totalMs: round(gc.totalMs),
      maxMs: round(gc.maxMs),
      over10ms: gc.over10ms,
      byKind: gc.byKind,
    },
    eventLoopDelay: { p99: round(loopDelay.percentile(99) / 1e6), max: round(loopDelay.max / 1e6) },
    routes,
  };
  process.stderr.write(`bench-probe ${JSON.stringify(report)}\n`);
  reset();
});
