import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '@app/config';
import { Public } from '../auth/auth.decorators';
import { QUEUE_BOARD_PATH } from '../queue-board/queue-board.constants';
import { builtWebDesk } from '../web-desk/web-desk';
import { ServiceIndexDto } from './service-index.responses';

/**
 * `/` for anyone who is not a browser asking for the web desk (curl, a script, a browser before the desk is built):
 * where things are, instead of a 404. The desk itself is served in front of this, to browsers, once built.
 */
@ApiTags('Operations')
@Controller()
@Public()
export class ServiceIndexController {
  private readonly index: ServiceIndexDto;

  constructor(config: AppConfig) {
    const desk = builtWebDesk(config) !== null;
    this.index = {
      service: 'factcheck',
      desk: desk
        ? 'Open / in a browser: the web desk, for fact-checkers and editors.'
        : 'Not built: run `npm run build:web` (`npm start` builds it), then open / in a browser.',
      paths: {
        ...(desk ? { '/': 'the web desk (in a browser)' } : {}),
        '/docs': 'the API reference (Swagger UI)',
        '/docs-json': 'the OpenAPI 3 document',
        '/v1/...': 'the API; every call takes Authorization: Bearer <api-key>',
        '/health/live': 'the process answers',
        '/health/ready': 'Postgres, Redis and the schema are ready',
        '/metrics': 'Prometheus metrics',
        [QUEUE_BOARD_PATH]: 'the queue dashboard (admins)',
      },
    };
  }

  @Get()
  @ApiOperation({
    summary: 'Where things are',
    description:
      'A short index of the service: the desk (or how to build it), the documentation, the API, health and metrics. ' +
      'A browser asking for a page gets the web desk here instead, once it is built. No key needed.',
  })
  @ApiOkResponse({ type: ServiceIndexDto })
  get(): ServiceIndexDto {
    return this.index;
  }
}
