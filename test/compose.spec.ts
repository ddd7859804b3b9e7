import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { AppConfig } from '@app/config';

/** The parts of a compose service these checks read. */
interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  user?: string;
  restart?: string;
  ports?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[]; disable?: boolean };
  deploy?: { replicas?: number };
}

const root = join(__dirname, '..');
const compose = parse(readFileSync(join(root, 'docker/compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const services = compose.services;
const dockerfile = readFileSync(join(root, 'docker/Dockerfile'), 'utf8');
const settings = Object.keys(new AppConfig());

const runs = (script: string) => (service: Service) => (service.command ?? []).some((part) => part.endsWith(script));
const isApi = runs('dist/apps/api/src/main.js');
const isWorker = runs('dist/apps/worker/src/main.js');
const appServices = () =>
  Object.entries(services).filter(([, service]) => service.build || service.image?.startsWith('factcheck'));
/** Services that run once and exit: the ones others wait on to have completed. */
const oneShot = new Set(
  Object.values(services).flatMap((service) =>
    Object.entries(service.depends_on ?? {})
      .filter(([, dependency]) => dependency.condition === 'service_completed_successfully')
      .map(([name]) => name),
  ),
);

/** Docker instructions, continuation lines joined, comments dropped. */
function instructions(text: string): { keyword: string; args: string }[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

describe('docker/compose.yml', () => {
  it('runs Postgres, Redis, the migrations, the API and two workers', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'migrate', 'api']));
    expect(isApi(services.api)).toBe(true);
    expect(services.migrate.command).toEqual(['node', 'dist/apps/cli/src/main.js', 'migrate']);
    const workers = Object.values(services).filter(isWorker);
    const replicas = workers.reduce((sum, worker) => sum + (worker.deploy?.replicas ?? 1), 0);
    expect(replicas).toBeGreaterThanOrEqual(2);
  });

  it('gives every long-running service a health check', () => {
    const longRunning = Object.entries(services).filter(([name]) => !oneShot.has(name));
    expect(longRunning.map(([name]) => name)).toEqual(expect.arrayContaining(['postgres', 'redis', 'api']));
    for (const [name, service] of longRunning) {
      expect({
        name,
        test: service.healthcheck?.test?.length ?? 0,
        disabled: service.healthcheck?.disable ?? false,
      }).toEqual({
        name,
        test: expect.any(Number),
        disabled: false,
      });
      expect(service.healthcheck!.test![0]).toMatch(/^CMD(-SHELL)?$/);
    }
    expect(oneShot).toEqual(new Set(['migrate']));
    expect(services.migrate.restart).toBe('no');
  });

  it('checks the API and the workers on their readiness endpoints', () => {
    expect(services.api.healthcheck!.test!.join(' ')).toContain('http://127.0.0.1:3000/health/ready');
    for (const worker of Object.values(services).filter(isWorker)) {
      const port =
        worker.environment?.WORKER_HEALTH_PORT ??
        String((new AppConfig() as { WORKER_HEALTH_PORT?: number }).WORKER_HEALTH_PORT);
      expect(worker.healthcheck!.test!.join(' ')).toContain(`http://127.0.0.1:${port}/health/ready`);
    }
  });

  it('starts the API and the workers once the migrations succeeded and Postgres and Redis are healthy', () => {
    for (const [name, service] of Object.entries(services).filter(
      ([, service]) => isApi(service) || isWorker(service),
    )) {
      expect({ name, depends_on: service.depends_on }).toEqual({
        name,
        depends_on: expect.objectContaining({
          migrate: { condition: 'service_completed_successfully' },
          postgres: { condition: 'service_healthy' },
          redis: { condition: 'service_healthy' },
        }),
      });
    }
    expect(services.migrate.depends_on).toEqual(
      expect.objectContaining({ postgres: { condition: 'service_healthy' } }),
    );
  });

  it('runs Redis with noeviction and an append-only file', () => {
    const command = (services.redis.command ?? []).join(' ');
    expect(command).toMatch(/--maxmemory-policy noeviction\b/);
    expect(command).toMatch(/--appendonly yes\b/);
  });

  it('runs every app container from the one image, with settings the service knows and their documented defaults', () => {
    const apps = appServices();
    expect(apps.map(([name]) => name).sort()).toEqual(
      Object.keys(services)
        .filter((name) => name === 'migrate' || isApi(services[name]) || isWorker(services[name]))
        .sort(),
    );
    for (const [name, service] of apps) {
      expect({ name, build: service.build, image: service.image }).toEqual({
        name,
        build: { context: '..', dockerfile: 'docker/Dockerfile' },
        image: 'factcheck:latest',
      });
      expect({ name, user: service.user }).toEqual({ name, user: undefined });
      for (const [variable, value] of Object.entries(service.environment ?? {})) {
        expect({ name, variable, known: settings.includes(variable) }).toEqual({ name, variable, known: true });
        const fallback = /^\$\{(\w+):-([^}]*)\}$/.exec(String(value));
        const configured = (new AppConfig() as unknown as Record<string, string | number | boolean | undefined>)[
          variable
        ];
        if (fallback && fallback[1] === variable && configured !== undefined) {
          expect({ variable, fallback: fallback[2] }).toEqual({ variable, fallback: String(configured) });
        }
      }
    }
    expect(services.api.environment!.ADMIN_API_KEY).toMatch(/^\$\{ADMIN_API_KEY:\?/);
  });
});

describe('docker/Dockerfile', () => {
  const steps = instructions(dockerfile);
  const stages = steps.reduce<{ keyword: string; args: string }[][]>((all, step) => {
    if (step.keyword === 'FROM') all.push([]);
    if (all.length > 0) all[all.length - 1].push(step);
    return all;
  }, []);
  const final = stages[stages.length - 1];

  it('is multi-stage, and its final stage runs as a user that is not root', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const users = final.filter((step) => step.keyword === 'USER').map((step) => step.args.split(':')[0]);
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]).not.toMatch(/^(root|0)$/);
    // Nothing after the last USER switches back.
    const lastUser = final.map((step) => step.keyword).lastIndexOf('USER');
    expect(final.slice(lastUser + 1).filter((step) => step.keyword === 'USER')).toEqual([]);
  });

  it('builds the web desk with the API and installs with npm ci, dev dependencies included and no install scripts', () => {
    const build = stages[0]
      .filter((step) => step.keyword === 'RUN')
      .map((step) => step.args)
      .join('\n');
    expect(build).toMatch(/npm ci\b[^\n]*--include=dev/);
    expect(build).toMatch(/npm ci\b[^\n]*--ignore-scripts/);
    expect(build).toMatch(/npm run build\b/);
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.build).toContain('npm run build:web');
    const copied = stages[0].filter((step) => step.keyword === 'COPY').map((step) => step.args);
    expect(copied).toEqual(
      expect.arrayContaining([expect.stringMatching(/^apps\b/), expect.stringMatching(/^libs\b/)]),
    );
    expect(final.filter((step) => step.keyword === 'COPY').map((step) => step.args)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/--from=build \/app\/dist /),
        expect.stringMatching(/--from=build \/app\/node_modules /),
      ]),
    );
  });

  it('serves the API by default, and every compose command exists in the built image', () => {
    const cmd = final.filter((step) => step.keyword === 'CMD').pop();
    expect(JSON.parse(cmd!.args)).toEqual(['node', 'dist/apps/api/src/main.js']);
    // dist/apps/<app>/src/main.js is where tsconfig.build.json compiles apps/<app>/src/main.ts.
    for (const [name, service] of appServices()) {
      const script = (service.command ?? []).find((part) => part.startsWith('dist/'));
      const source = script!.replace(/^dist\//, '').replace(/\.js$/, '.ts');
      expect({ name, source, exists: existsSync(join(root, source)) }).toEqual({ name, source, exists: true });
    }
  });
});
