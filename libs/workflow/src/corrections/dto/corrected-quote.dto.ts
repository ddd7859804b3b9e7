import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { QUOTE_KINDS } from '../../articles/dto/quote.dto';
import { SpanDto } from '../../articles/dto/span.dto';
import { ClaimStage } from '@app/database';
import { ClaimSpeakerDto } from '../../claims/dto/claim-list-item.dto';

@ApiSchema({ name: 'CorrectedQuoteClaim' })
export class CorrectedQuoteClaimDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ClaimStage, enumName: 'ClaimStage' })
  stage: ClaimStage;

  @ApiProperty({ type: String, nullable: true })
  dismissedReason: string | null;
}

@ApiSchema({ name: 'CorrectedQuote', description: 'A quote after its attribution was corrected.' })
export class CorrectedQuoteDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  articleId: string;

  @ApiProperty()
  text: string;

  @ApiProperty({ enum: QUOTE_KINDS })
  kind: string;

  @ApiProperty({ type: 'integer' })
  start: number;

  @ApiProperty({ type: 'integer' })
  end: number;

  @ApiProperty({ type: () => ClaimSpeakerDto, nullable: true })
  speaker: ClaimSpeakerDto | null;

  @ApiProperty({ type: () => SpanDto, nullable: true })
  mention: SpanDto | null;

  @ApiProperty({ description: 'A person said this is nobody’s quote: its claims are dismissed, kept and marked.' })
  notAQuote: boolean;

  @ApiProperty({
    type: () => [CorrectedQuoteClaimDto],
    description: 'Its claims and where they stand now.',
  })
  claims: CorrectedQuoteClaimDto[];
}
