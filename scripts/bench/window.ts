import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { Client } from 'pg';
import { ServiceProcess, waitFor } from '@app/testing';
import { cpuMeter, cpuSeconds, round } from './common';

/**
 * What happened around a measurement, to explain its tail from data: Postgres' wait events sampled every 50 ms
 * (which backends of the database were running, waiting on a lock, on I/O or on the WAL), checkpoints, WAL and
 * autovacuum during the window, the API process' own view (garbage collection, event-loop delay, the time each
 * request took at the server; from scripts/bench/process-probe.js, which it must preload), the load generator's
 * garbage collection and event-loop delay, and the CPU of each process against the machine's, which is shared.
 */
export async function watchWindow(databaseUrl: string, api: ServiceProcess) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const before = await serverCounters(client);
  const probeLines = countProbeLines(api);
  api.signal('SIGUSR2');
  await waitFor(() => countProbeLines(api) > probeLines, { timeoutMs: 5000, what: 'the api probe to reset' });
  const gc = { count: 0, totalMs: 0, maxMs: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.count++;
      gc.totalMs += entry.duration;
      gc.maxMs = Math.max(gc.maxMs, entry.duration);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const postgres = await databaseBackendsMeter(client);
  const cpu = {
    api: cpuMeter(() => [api.pid!]),
    loadGenerator: cpuMeter(() => [process.pid]),
  };
  const machineBefore = machineCpuSeconds();
  const stealBefore = stealSeconds();
  const pressureBefore = { cpu: stalledSeconds('cpu'), io: stalledSeconds('io') };
  const started = performance.now();
  const waits = new Map<string, number>();
  let samples = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const rows = (
        await client.query(
          `SELECT CASE WHEN backend_type = 'autovacuum worker' THEN 'autovacuum: ' || coalesce(query, '')
                       WHEN wait_event_type = 'Lock' THEN 'Lock:' || wait_event || ' in ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 24)
                       ELSE coalesce(wait_event_type || ':' || wait_event, 'running') END AS what, count(*)::int AS n
             FROM pg_stat_activity
            WHERE pid <> pg_backend_pid() AND state = 'active'
              AND (datname = current_database() OR backend_type = 'autovacuum worker')
            GROUP BY 1`,
        )
      ).rows as { what: string; n: number }[];
      samples++;
      for (const row of rows) waits.set(row.what, (waits.get(row.what) ?? 0) + row.n);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();

  return async () => {
    sampling = false;
    await sampler;
    const seconds = (performance.now() - started) / 1000;
    const machineBusy = machineCpuSeconds() - machineBefore;
    const steal = stealSeconds() - stealBefore;
    const stalled = (kind: 'cpu' | 'io') => {
      const [before, now] = [pressureBefore[kind], stalledSeconds(kind)];
      return before === null || now === null ? null : round((100 * (now - before)) / seconds, 1);
    };
    const processes = {
      ...Object.fromEntries(Object.entries(cpu).map(([name, read]) => [name, read()])),
      postgres: await postgres(),
    };
    observer.disconnect();
    loopDelay.disable();
    const after = await serverCounters(client);
    await client.end();
    const lines = countProbeLines(api);
    api.signal('SIGUSR2');
    await waitFor(() => countProbeLines(api) > lines, { timeoutMs: 5000, what: 'the api probe to report' });
    const reportAt = api.output.lastIndexOf('bench-probe ') + 'bench-probe '.length;
    const apiProbe = JSON.parse(api.output.slice(reportAt, api.output.indexOf('\n', reportAt)));
    const vacuumed = after.tables
      .map((table) => {
        const earlier = before.tables.find((row) => row.relname === table.relname);
        return {
          table: table.relname,
          autovacuums: table.autovacuum_count - (earlier?.autovacuum_count ?? 0),
          autoanalyzes: table.autoanalyze_count - (earlier?.autoanalyze_count ?? 0),
        };
      })
      .filter((row) => row.autovacuums + row.autoanalyzes > 0);
    return {
      seconds: round(seconds, 1),
      /**
       * Active backends of the database by what they were doing, averaged over the samples (a lock wait with the start
       * of the statement waiting).
       */
      postgresWaits: Object.fromEntries(
        [...waits.entries()].sort(([, a], [, b]) => b - a).map(([what, n]) => [what, round(n / samples, 3)]),
      ),
      checkpoints: {
        timed: after.bgwriter.checkpoints_timed - before.bgwriter.checkpoints_timed,
        requested: after.bgwriter.checkpoints_req - before.bgwriter.checkpoints_req,
        buffersWritten: after.bgwriter.buffers_checkpoint - before.bgwriter.buffers_checkpoint,
        buffersWrittenByBackends: after.bgwriter.buffers_backend - before.bgwriter.buffers_backend,
      },
      wal: {
        mb: round((after.wal.wal_bytes - before.wal.wal_bytes) / 2 ** 20, 1),
        fullPageImages: after.wal.wal_fpi - before.wal.wal_fpi,
      },
      autovacuum: vacuumed,
      api: apiProbe,
      loadGenerator: {
        gc: { count: gc.count, totalMs: round(gc.totalMs), maxMs: round(gc.maxMs) },
        eventLoopDelay: { p99: round(loopDelay.percentile(99) / 1e6), max: round(loopDelay.max / 1e6) },
      },
      /** CPU cores in use on average: the bench's processes, and the whole machine (other work shares it). */
      coresBusy: {
        ...Object.fromEntries(Object.entries(processes).map(([name, value]) => [name, round(value / seconds, 2)])),
        machine: round(machineBusy / seconds, 2),
      },
      /**
       * What the host took: cores' time given to other guests (steal, from /proc/stat), and the share of the window in
       * which some task of this machine waited for a CPU or for I/O (pressure stall information, /proc/pressure; null
       * where the kernel has none). A take waits in the run queue or behind a slow fsync when these are high.
       */
      stalls: { stealCores: round(steal / seconds, 3), cpuPercent: stalled('cpu'), ioPercent: stalled('io') },
    };
  };
}

/**
 * CPU seconds of the Postgres backends serving this database (the server is shared with other databases), counted
 * from now: a backend there at both ends counts its difference, one that started in between all it used.
 */
export async function databaseBackendsMeter(client: Client): Promise<() => Promise<number>> {
  const backends = async () =>
    (
      (
        await client.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
        )
      ).rows as { pid: number }[]
    ).map((row) => row.pid);
  const start = new Map((await backends()).map((pid) => [pid, cpuSeconds(pid)]));
  return async () =>
    round(
      (await backends()).reduce((sum, pid) => sum + cpuSeconds(pid) - (start.get(pid) ?? 0), 0),
      2,
    );
}

function countProbeLines(api: ServiceProcess): number {
  let count = 0;
  for (let at = api.output.indexOf('bench-probe '); at >= 0; at = api.output.indexOf('bench-probe ', at + 1)) count++;
  return count;
}

/** CPU seconds the whole machine has spent busy (every core, every process), from /proc/stat. */
function machineCpuSeconds(): number {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = fields;
  return (user + nice + system + irq + softirq + steal) / 100;
}

/** CPU seconds the host gave to other guests while this machine's cores wanted to run (steal, from /proc/stat). */
function stealSeconds(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  return (fields[8] ?? 0) / 100;
}

/** Seconds in which some task waited for a CPU or for I/O (the `some` total of /proc/pressure), or null. */
function stalledSeconds(kind: 'cpu' | 'io'): number | null {
  try {
    const total = /^some .*total=(\d+)/m.exec(readFileSync(`/proc/pressure/${kind}`, 'utf8'))?.[1];
    return total === undefined ? null : Number(total) / 1e6;
  } catch {
    return null;
  }
}

async function serverCounters(client: Client) {
  const [bgwriter] = (
    await client.query(
      `SELECT checkpoints_timed::int, checkpoints_req::int, buffers_checkpoint::bigint, buffers_backend::bigint
         FROM pg_stat_bgwriter`,
    )
  ).rows.map((row) => ({
    checkpoints_timed: Number(row.checkpoints_timed),
    checkpoints_req: Number(row.checkpoints_req),
    buffers_checkpoint: Number(row.buffers_checkpoint),
    buffers_backend: Number(row.buffers_backend),
  }));
  const [wal] = (await client.query(`SELECT wal_bytes::bigint, wal_fpi::bigint FROM pg_stat_wal`)).rows.map((row) => ({
    wal_bytes: Number(row.wal_bytes),
    wal_fpi: Number(row.wal_fpi),
  }));
  const tables = (
    await client.query(`SELECT relname, autovacuum_count::int, autoanalyze_count::int FROM pg_stat_user_tables`)
  ).rows as { relname: string; autovacuum_count: number; autoanalyze_count: number }[];
  return { bgwriter, wal, tables };
}
