import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ClaimStage } from '@app/database';

@ApiSchema({ name: 'DismissedClaim' })
export class DismissedClaimDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: [ClaimStage.Dismissed] })
  stage: ClaimStage;

  @ApiProperty()
  dismissedReason: string;
}
