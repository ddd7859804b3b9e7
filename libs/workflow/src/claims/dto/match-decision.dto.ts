import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'MatchDecision' })
export class MatchDecisionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['confirmed', 'rejected'] })
  status: string;

  @ApiProperty({ format: 'uuid' })
  matchedClaimId: string;
}
