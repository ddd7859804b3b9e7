import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The Prometheus metrics of a process. The api and each worker expose their own (/metrics on the API port and on
 * WORKER_HEALTH_PORT); Prometheus adds them up. Queue gauges are read from Redis at scrape time, so any process
 * that serves /metrics reports the same queue depths.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'factcheck_' });

export const jobsCompleted = new Counter({
  name: 'factcheck_jobs_completed_total',
  help: 'Jobs finished, by queue and outcome (done, or skipped as an expected no-op).',
  labelNames: ['queue', 'outcome'] as const,
  registers: [registry],
});

export const jobsFailed = new Counter({
  name: 'factcheck_jobs_failed_total',
  help: 'Failed tries of jobs, by queue (BullMQ retries them; the reconciler after the last).',
  labelNames: ['queue'] as const,
  registers: [registry],
});

export const jobDuration = new Histogram({
  name: 'factcheck_job_duration_seconds',
  help: 'Time a job ran, by queue.',
  labelNames: ['queue'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const jobWait = new Histogram({
  name: 'factcheck_job_wait_seconds',
  help: 'Time a job waited in its queue before a worker took it (after any planned delay), by queue.',
  labelNames: ['queue'] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900],
  registers: [registry],
});

export const webhookDeliveries = new Counter({
  name: 'factcheck_webhook_deliveries_total',
  help: 'Webhook delivery attempts by outcome: succeeded, retry, gone (410), failed (given up).',
  labelNames: ['outcome', 'kind'] as const,
  registers: [registry],
});

export const pageFetches = new Counter({
  name: 'factcheck_page_fetches_total',
  help: 'Pages fetched for POST /v1/articles {url}, by outcome: fetched, busy, or why not (timeout, http-status, …).',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const leaseExpiries = new Counter({
  name: 'factcheck_lease_expiries_total',
  help: 'Leases that ran out and put their claim back in its queue.',
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: 'factcheck_http_request_duration_seconds',
  help: 'HTTP request latency by method, route and status.',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

export const queueDepth = new Gauge({
  name: 'factcheck_queue_jobs',
  help: 'Jobs in each queue by state.',
  labelNames: ['queue', 'state'] as const,
  registers: [registry],
});

export const queueOldestAge = new Gauge({
  name: 'factcheck_queue_oldest_waiting_seconds',
  help: 'Age of the oldest job waiting in each queue (0 when none waits).',
  labelNames: ['queue'] as const,
  registers: [registry],
});
