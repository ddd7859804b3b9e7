import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The layers of the code base, read from the import lines of libs/<lib>/src/**: apps use libs and never the other
 * way; libs depend on one another in one direction only (no cycle); libs/config depends on no lib at all; no
 * production code imports libs/testing. A lib's own tests (*.spec.ts, *.int-spec.ts) stand above every layer.
 */
const ROOT = join(__dirname, '..');

interface Import {
  file: string;
  specifier: string;
}

/** Every module a file imports: `import … from`, `export … from`, `import '…'`, `import(…)` and `require(…)`. */
function importsOf(file: string, source: string): Import[] {
  return ts.preProcessFile(source, true, true).importedFiles.map(({ fileName }) => ({ file, specifier: fileName }));
}

/** Where an import leads: `lib:<name>`, `app:<name>`, or null for a package or a file of the importer's own lib. */
function targetOf({ file, specifier }: Import): string | null {
  const alias = /^@app\/([\w-]+)/.exec(specifier);
  if (alias) return `lib:${alias[1]}`;
  if (!specifier.startsWith('.')) return null;
  const [top, name] = relative(ROOT, resolve(dirname(file), specifier)).split('/');
  if (top === 'apps') return `app:${name}`;
  if (top === 'libs') return `lib:${name}`;
  return `outside:${top}`;
}

/** Each cycle of a graph once, as the path that closes it (`a → b → a`). */
function cyclesOf(graph: Map<string, Set<string>>): string[] {
  const cycles = new Set<string>();
  const visit = (node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      const seen = path.indexOf(next);
      if (seen >= 0) {
        const cycle = path.slice(seen);
        // The same cycle found from another of its nodes is written from its smallest node.
        const start = cycle.indexOf([...cycle].sort()[0]);
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.add([...rotated, rotated[0]].join(' → '));
      } else visit(next, [...path, next]);
    }
  };
  for (const node of graph.keys()) visit(node, [node]);
  return [...cycles].sort();
}

const isTest = (file: string) => /\.(int-)?spec\.ts$/.test(file);

/** The imports of every TypeScript file under libs/<lib>/src, tests aside. */
function libImports(): Import[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') && !isTest(path)) files.push(path);
    }
  };
  for (const lib of readdirSync(join(ROOT, 'libs'))) walk(join(ROOT, 'libs', lib, 'src'));
  return files.flatMap((file) => importsOf(file, readFileSync(file, 'utf8')));
}

/** What breaks the layers, one line each; empty when they hold. */
function layerViolations(imports: Import[]): string[] {
  const violations: string[] = [];
  const graph = new Map<string, Set<string>>();
  for (const entry of imports) {
    const lib = relative(ROOT, entry.file).split('/')[1];
    const target = targetOf(entry);
    const where = `${relative(ROOT, entry.file)} imports '${entry.specifier}'`;
    if (!graph.has(lib)) graph.set(lib, new Set());
    if (!target || target === `lib:${lib}`) continue;
    if (!target.startsWith('lib:')) violations.push(`${where}: a lib imports only packages and libs`);
    else if (lib === 'config') violations.push(`${where}: config depends on no other lib`);
    else if (target === 'lib:testing') violations.push(`${where}: only tests import libs/testing`);
    else graph.get(lib)!.add(target.slice('lib:'.length));
  }
  return [...violations, ...cyclesOf(graph).map((cycle) => `libs import each other: ${cycle}`)];
}

describe('the layers', () => {
  it('hold: no lib imports an app, libs form no cycle, config depends on no lib', () => {
    const imports = libImports();
    expect(imports.length).toBeGreaterThan(200);
    expect(layerViolations(imports)).toEqual([]);
  });

  describe('the check itself', () => {
    const lib = (name: string, file: string) => join(ROOT, 'libs', name, 'src', file);

    it('reads every form of import', () => {
      const source = [
        "import { a } from '@app/queue';",
        "import type {\n  B,\n} from '../other';",
        "export * from './own';",
        "import './side-effect';",
        "const c = await import('@app/config');",
        "const d = require('../../../apps/api/src/main');",
        '// import { e } from "not-an-import-in-a-comment";',
      ].join('\n');
      expect(importsOf('x.ts', source).map(({ specifier }) => specifier)).toEqual([
        '@app/queue',
        '../other',
        './own',
        './side-effect',
        '@app/config',
        '../../../apps/api/src/main',
      ]);
    });

    it('finds a lib that imports an app, by a relative path', () => {
      expect(
        layerViolations([
          { file: lib('testing', 'test-service.ts'), specifier: '../../../apps/api/src/create-api-app' },
        ]),
      ).toEqual([
        "libs/testing/src/test-service.ts imports '../../../apps/api/src/create-api-app': a lib imports only packages and libs",
      ]);
    });

    it('finds libs that import each other, directly or round a longer cycle', () => {
      expect(
        layerViolations([
          { file: lib('queue', 'outbox.ts'), specifier: '@app/observability/request-context' },
          { file: lib('observability', 'gauges.ts'), specifier: '@app/queue' },
          { file: lib('workflow', 'a.ts'), specifier: '@app/webhooks' },
          { file: lib('webhooks', 'b.ts'), specifier: '../../publishing/src/c' },
          { file: lib('publishing', 'c.ts'), specifier: '@app/workflow' },
          { file: lib('database', 'd.ts'), specifier: '@app/config' },
        ]),
      ).toEqual([
        'libs import each other: observability → queue → observability',
        'libs import each other: publishing → workflow → webhooks → publishing',
      ]);
    });

    it('finds production code importing the test lib, and leaves tests out of the layers', () => {
      expect(
        layerViolations([{ file: lib('workflow', 'claims/claims.repository.ts'), specifier: '@app/testing' }]),
      ).toEqual([
        "libs/workflow/src/claims/claims.repository.ts imports '@app/testing': only tests import libs/testing",
      ]);
      expect(isTest(lib('workflow', 'claims/claims.int-spec.ts'))).toBe(true);
      expect(isTest(lib('extraction', 'extract.spec.ts'))).toBe(true);
      expect(isTest(lib('extraction', 'extract.ts'))).toBe(false);
    });

    it('finds config depending on another lib', () => {
      expect(layerViolations([{ file: lib('config', 'app-config.ts'), specifier: '@app/publishing' }])).toEqual([
        "libs/config/src/app-config.ts imports '@app/publishing': config depends on no other lib",
      ]);
    });
  });
});
