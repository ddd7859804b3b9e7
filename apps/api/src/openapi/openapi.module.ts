import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { OpenApiController } from './openapi.controller';
import { OpenApiDocumentHolder } from './openapi-document.provider';
import { DOCS_PATH, swaggerUiAssets } from './swagger-ui';

/** GET /docs (Swagger UI) and GET /docs-json; the document itself is built by setupOpenApi once the app exists. */
@Module({
  imports: [DiscoveryModule],
  controllers: [OpenApiController],
  providers: [OpenApiDocumentHolder],
})
export class OpenApiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // A plain path is mounted as a prefix (express `use`), so the files under /docs/ reach it; it adds no route.
    consumer.apply(swaggerUiAssets()).forRoutes(DOCS_PATH);
  }
}
