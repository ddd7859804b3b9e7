import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ROLE_ORDER } from '@app/database';
import { problemResponse } from './api-problem.decorator';
import { ProblemDto } from './problem.dto';
import { operationId, RouteAccess, routeAccessByOperationId } from './route-access';

/** The name of the security scheme every non-public operation requires. */
const API_KEY_SCHEME = 'api-key';
/** The operation extension naming the least role that may call it (every higher role may too). */
const REQUIRED_ROLE_EXTENSION = 'x-required-role';

const DESCRIPTION = `
A self-hosted fact-checking workflow: articles in, quotes and claims out, a ranked review queue, verdicts reviewed by
editors and published as schema.org ClaimReview and signed Standard Webhooks.

**Authentication.** Every \`/v1\` call takes \`Authorization: Bearer <api-key>\`: the scheme in any case, one space,
the key (printable ASCII). One such header and no other credential: a second \`Authorization\` header, or a key in
the address (\`?api_key=\`), is a 401. Roles, each allowed what the ones before it are: \`ingester\` <
\`factchecker\` < \`editor\` < \`admin\`; each operation names its least role in \`${REQUIRED_ROLE_EXTENSION}\` and
in its description. Missing, malformed, unknown or revoked key: 401; a role below the operation's: 403.

**Errors** are RFC 9457 problem documents (\`application/problem+json\`) with \`errors[]\` naming each invalid field.
Bodies are JSON only (415 otherwise), strict UTF-8, at most 2 MB (413); fields a schema does not declare are refused
(400); an id that is not a known UUID is a 404. Over \`RATE_LIMIT_PER_MINUTE\` requests a minute from one key
(without a key, from one address): 429 with \`retry-after\`.

**JSON** answers write \`<\`, \`>\` and \`&\` as \`\\u003c\`, \`\\u003e\`, \`\\u0026\`: the same data to any parser.
Offsets (\`start\`, \`end\`) are UTF-16 code-unit indices into the article text exactly as submitted.

The queue dashboard (Bull Board) is at [/admin/queues](/admin/queues), for admins.
`.trim();

const TAGS: [string, string][] = [
  ['Articles', 'Submit articles and read their quotes, speakers and claims.'],
  ['Claims', 'Claims, their leases, verdicts, review and corrections.'],
  ['Queue', 'Take the next claim of a people’s stage.'],
  ['ClaimReviews', 'Published verdicts as schema.org ClaimReview JSON-LD, and the rating scale.'],
  ['Desk', 'The audit trail, statistics and the caller.'],
  ['Users', 'People and their API keys (admin).'],
  ['Webhooks', 'Newsroom subscriptions and their deliveries (admin).'],
  ['Operations', 'Health checks, metrics and this documentation; no key needed.'],
];

/**
 * The OpenAPI 3 document of the API, generated from the controllers and DTOs; who may call each operation and the
 * errors every operation shares are added from the routes' metadata (see describeAccess).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('factcheck API')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/license/mit')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        description:
          'An API key (`fck_…`) made by `POST /v1/users` or `npx factcheck users create`, or ADMIN_API_KEY. ' +
          'Shown once; stored only as its SHA-256.',
      },
      API_KEY_SCHEME,
    );
  for (const [name, description] of TAGS) builder.addTag(name, description);
  const document = SwaggerModule.createDocument(app, builder.build(), {
    extraModels: [ProblemDto],
    operationIdFactory: operationId,
  });
  describeAccess(document, routeAccessByOperationId(app));
  return document;
}

type Operation = {
  operationId?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  [extension: `x-${string}`]: unknown;
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/**
 * States on every operation what the guards and the input pipeline enforce: the security requirement and least
 * role (public operations require nothing), and the problem answers that follow from the route's shape. Read from
 * the same metadata as ApiKeyGuard and RateLimitGuard, so the document cannot drift from them.
 */
function describeAccess(document: OpenAPIObject, access: Map<string, RouteAccess>): void {
  const problem = document.components?.schemas?.Problem;
  // Problems may carry members beyond the standard ones (`checks`, `stage`, the id that was not found).
  if (problem && !('$ref' in problem)) problem.additionalProperties = true;

  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      const rule = operation.operationId ? access.get(operation.operationId) : undefined;
      if (!rule)
        throw new Error(`OpenAPI: no access rule found for ${method.toUpperCase()} ${path} (${operation.operationId})`);
      if (!operation.tags?.length) operation.tags = ['Operations'];
      const errors: Record<string, unknown> = {
        400: problemResponse(
          'Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the ' +
            'schema does not declare (or a body where the operation reads none), or a value that fails validation' +
            (method === 'post' && !rule.idempotent
              ? '; an `Idempotency-Key` header, which this operation does not take'
              : '') +
            '; `errors[]` names each field.',
        ),
      };
      if (rule.public) {
        operation.security = [];
      } else {
        operation.security = [{ [API_KEY_SCHEME]: [] }];
        operation[REQUIRED_ROLE_EXTENSION] = rule.role;
        const higher = ROLE_ORDER.slice(ROLE_ORDER.indexOf(rule.role!) + 1);
        const who = `**Least role: \`${rule.role}\`**${higher.length ? ` (${higher.map((role) => `\`${role}\``).join(', ')} too)` : ''}.`;
        operation.description = operation.description ? `${who}\n\n${operation.description}` : who;
        errors[401] = problemResponse(
          'No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address).',
          {
            'WWW-Authenticate': { description: '`Bearer`', schema: { type: 'string' } },
          },
        );
        errors[403] = problemResponse(`The key’s role is below \`${rule.role}\`.`);
      }
      if (path.includes('{')) {
        errors[404] = problemResponse('Nothing with that id (an id that is not a UUID is not one either).');
      }
      if (operation.requestBody) {
        errors[413] = problemResponse('The body is larger than 2 MB (after decompression).');
        errors[415] = problemResponse('The body is not JSON, or not in UTF-8.');
      }
      if (rule.rateLimited) {
        errors[429] = problemResponse(
          'Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address).',
          {
            'Retry-After': { description: 'Seconds until the limit resets.', schema: { type: 'integer' } },
            'X-RateLimit-Limit': { description: 'Requests allowed a minute.', schema: { type: 'integer' } },
            'X-RateLimit-Remaining': { description: 'Requests left this minute.', schema: { type: 'integer' } },
            'X-RateLimit-Reset': { description: 'Seconds until the count resets.', schema: { type: 'integer' } },
          },
        );
      }
      // Declared on the operation itself (a 409, a 422, a more precise 404) wins over the generic wording; its own 400
      // still says that the header it refuses is one more bad input.
      const own400 = operation.responses?.['400'] as { description?: string } | undefined;
      if (own400?.description && method === 'post' && !rule.idempotent) {
        own400.description = `${own400.description.replace(/\.?$/, '')}; or an \`Idempotency-Key\` header, which this operation does not take.`;
      }
      const merged = { ...errors, ...operation.responses };
      operation.responses = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
    }
  }
}
