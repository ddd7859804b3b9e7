/**
 * The web desk's TypeScript view of the API (apps/web/src/api/schema.ts): the OpenAPI document turned into types by
 * openapi-typescript and formatted by prettier, so the file in the tree is exactly what generation writes.
 */
import { join } from 'node:path';
import openapiTS, { astToString, OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

export const API_TYPES_FILE = join(__dirname, '../../apps/web/src/api/schema.ts');

const HEADER = `/**
 * Generated from the API's OpenAPI document (GET /docs-json) by openapi-typescript: do not edit.
 * After changing a controller or a DTO, run \`npm run generate:api-types\` (needs Postgres and Redis, as the tests do).
 * The desk names the shapes it uses in ./types.ts.
 */

`;

export async function renderApiTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as OpenAPI3, {
    // redocly's lint warnings about the document are the OpenAPI test's business, not the generator's.
    silent: true,
    // A default in this document is what the API fills in when a request leaves the field out: such a field stays
    // optional in the request's type.
    defaultNonNullable: false,
  });
  const options = await resolveConfig(API_TYPES_FILE);
  return format(HEADER + astToString(ast), { ...options, filepath: API_TYPES_FILE });
}
