/**
 * The take-next load of the scale bench, run in a worker thread of its own (`reviewersInThread` in scale.ts): 50
 * reviewers, each finishing the claim they hold (a dismissal, not timed), taking the next (timed) and pausing a
 * random, exponentially distributed while. A thread has its own heap: the bench's main thread, which holds the
 * dataset's generator and the other measurements, collects its garbage without pausing these clocks (a 46 ms pause
 * of its own had been read as a 63 ms take-next), and this thread's own pauses are reported beside the latencies.
 * Plain JavaScript, so that the thread needs no compiler.
 */
'use strict';
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { performance, PerformanceObserver } = require('node:perf_hooks');

const { baseUrl, keys, people, thinkMs, takes, held } = workerData;
const gc = { count: 0, maxMs: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.count++;
    gc.maxMs = Math.max(gc.maxMs, entry.duration);
  }
}).observe({ entryTypes: ['gc'] });

// node:http with kept-alive connections, one a reviewer at most: lighter than fetch, so that the thread's own work and
// garbage stay small beside what it measures
const agent = new http.Agent({ keepAlive: true, maxSockets: people });
const { hostname, port } = new URL(baseUrl);

function request(person, method, path, body) {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        agent,
        hostname,
        port,
        method,
        path,
        timeout: 30000,
        headers: {
          authorization: `Bearer ${keys[person % keys.length]}`,
          ...(payload === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
        },
      },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode, body: text ? JSON.parse(text) : null });
        });
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`${method} ${path} timed out`)));
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: people }, async (_, person) => {
      await pause(Math.random() * thinkMs);
      while (next++ < takes) {
        const previous = held[person];
        delete held[person];
        if (previous) await request(person, 'POST', `/v1/claims/${previous}/dismiss`, { reason: 'benchmark' });
        const at = performance.now();
        const response = await request(person, 'POST', '/v1/queue/research/next');
        latencies.push(performance.now() - at);
        if (response.status !== 200) throw new Error(`take-next answered ${response.status}`);
        held[person] = response.body.id;
        await pause(-Math.log(1 - Math.random()) * thinkMs);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  parentPort.postMessage({ latencies, perSecond: takes / seconds, held, gc: { count: gc.count, maxMs: gc.maxMs } });
}

main().catch((error) => {
  throw error;
});
