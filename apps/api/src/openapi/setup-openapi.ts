import { INestApplication } from '@nestjs/common';
import { buildOpenApiDocument } from './openapi-document';
import { OpenApiDocumentHolder } from './openapi-document.provider';

/**
 * Builds the OpenAPI document from the application's controllers and DTOs and hands it to OpenApiModule, which
 * serves it at /docs-json and Swagger UI at /docs. Call once the application is created (before or after init).
 */
export function setupOpenApi(app: INestApplication): void {
  app.get(OpenApiDocumentHolder, { strict: false }).set(buildOpenApiDocument(app));
}
