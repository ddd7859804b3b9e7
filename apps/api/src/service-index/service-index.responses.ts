import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'ServiceIndex', description: 'Where things are on this service, for a person or a script.' })
export class ServiceIndexDto {
  @ApiProperty({ example: 'factcheck' })
  service: string;

  @ApiProperty({
    description: 'Where the web desk is, or how to build it.',
    example: 'Not built: run `npm run build:web` (`npm start` builds it), then open / in a browser.',
  })
  desk: string;

  @ApiProperty({
    description: 'What each address serves.',
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { '/docs': 'the API reference (Swagger UI)', '/health/ready': 'ready to work' },
  })
  paths: Record<string, string>;
}
