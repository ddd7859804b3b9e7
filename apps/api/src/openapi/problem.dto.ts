import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

@ApiSchema({
  name: 'FieldError',
  description: 'One thing wrong with the request, named by its field (dotted for nested fields).',
})
export class FieldErrorDto {
  @ApiProperty({ example: 'sources.0.url' })
  field: string;

  @ApiProperty({ example: 'each source needs an http(s) url' })
  message: string;
}

/** RFC 9457: what every error of the API looks like, whatever its status. */
@ApiSchema({
  name: 'Problem',
  description:
    'An RFC 9457 problem document (`application/problem+json`), the answer to every error. Never contains a stack ' +
    'trace. Some problems carry extra members, e.g. `checks` on a 503 from /health/ready or `stage` on a 409.',
})
export class ProblemDto {
  @ApiProperty({
    example: '/problems/validation',
    description:
      '`about:blank` when the status says it all; otherwise one of `/problems/validation`, `/problems/malformed-json`, ' +
      '`/problems/invalid-encoding`, `/problems/not-found`, `/problems/invalid`, `/problems/forbidden`, `/problems/own-verdict`, ' +
      '`/problems/wrong-stage`, `/problems/lease-held`, `/problems/lease-not-held`, `/problems/lease-limit`, `/problems/conflict`, ' +
      '`/problems/idempotency-key-reused`, `/problems/page-refused`, `/problems/page-unavailable`, `/problems/page-timeout`.',
  })
  type: string;

  @ApiProperty({ example: 'Bad Request' })
  title: string;

  @ApiProperty({ type: 'integer', example: 400 })
  status: number;

  @ApiProperty({ example: 'The request is not valid: body: body must be longer than or equal to 1 characters' })
  detail: string;

  @ApiPropertyOptional({
    type: [FieldErrorDto],
    description: 'For validation problems: each field that is wrong (at most 50).',
  })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({
    type: 'integer',
    description: 'How many field errors there were when more than `errors` lists.',
  })
  errorCount?: number;
}
