import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { OpenApiDocumentHolder } from './openapi-document.provider';
import { DOCS_PAGE, DOCS_POLICY } from './swagger-ui';

/** The API's own documentation: open to anyone, like the health checks (it holds no data). */
@ApiTags('Operations')
@Controller()
@Public()
export class OpenApiController {
  constructor(private readonly holder: OpenApiDocumentHolder) {}

  @Get('docs')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({
    summary: 'This documentation in Swagger UI',
    description: 'An HTML page; no key needed. Authorize with an API key to try calls out.',
  })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'Swagger UI.', content: { 'text/html': { schema: { type: 'string' } } } })
  page(@Res({ passthrough: true }) response: Response): string {
    // Swagger UI needs its own scripts, styles and icons; every other answer keeps the API's strict policy.
    response.setHeader('Content-Security-Policy', DOCS_POLICY);
    response.type('html');
    return DOCS_PAGE;
  }

  @Get('docs-json')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({
    summary: 'This OpenAPI 3 document',
    description: 'Generated from the code at start-up; no key needed.',
  })
  @ApiOkResponse({ description: 'The OpenAPI document.', schema: { type: 'object', additionalProperties: true } })
  document() {
    return this.holder.get();
  }
}
