/**
 * `npm run generate:api-types` writes apps/web/src/api/schema.ts from the OpenAPI document the API serves. The API
 * runs in this process the way the tests run it (a fresh database copied from the migrated template and a queue
 * prefix of its own, both dropped at the end), so the document is the one the current code builds.
 *
 * With `--stdin` it reads a document from standard input and prints the file it generates instead: the staleness
 * test in test/openapi.e2e-spec.ts runs it that way, since openapi-typescript's ES modules do not load inside jest.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { text } from 'node:stream/consumers';
import { API_TYPES_FILE, renderApiTypes } from './lib/api-types';

async function main(): Promise<void> {
  if (process.argv.includes('--stdin')) {
    process.stdout.write(await renderApiTypes(JSON.parse(await text(process.stdin)) as object));
    return;
  }
  // Loaded only here: the API and its modules are not needed to render a document given on stdin.
  const { startTestService } = await import('../test/support');
  const service = await startTestService({ worker: false });
  try {
    const response = await service.http(null).get('/docs-json').expect(200);
    writeFileSync(API_TYPES_FILE, await renderApiTypes(response.body as object));
    console.log(`wrote ${relative(process.cwd(), API_TYPES_FILE)}`);
  } finally {
    await service.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
