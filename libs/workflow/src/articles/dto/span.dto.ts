import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({
  name: 'Span',
  description: 'Text of the article and where it is: UTF-16 offsets into the text exactly as submitted.',
})
export class SpanDto {
  @ApiProperty({ example: 'Johnson' })
  text: string;

  @ApiProperty({ type: 'integer', example: 1105 })
  start: number;

  @ApiProperty({ type: 'integer', example: 1112 })
  end: number;
}
