import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ClaimStage, VerdictStatus } from '@app/database';

@ApiSchema({ name: 'MyVerdictArticle' })
export class MyVerdictArticleDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;
}

@ApiSchema({ name: 'MyVerdictClaim' })
export class MyVerdictClaimDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  text: string;

  @ApiProperty()
  standalone: string;

  @ApiProperty({ enum: ClaimStage, enumName: 'ClaimStage' })
  stage: ClaimStage;

  @ApiProperty({ description: 'The caller holds the claim’s lease now.' })
  leasedByYou: boolean;

  @ApiProperty({ type: String, nullable: true })
  speaker: string | null;

  @ApiProperty({ type: () => MyVerdictArticleDto })
  article: MyVerdictArticleDto;
}

@ApiSchema({ name: 'MyVerdict' })
export class MyVerdictDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  claimId: string;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ enum: VerdictStatus, enumName: 'VerdictStatus' })
  status: VerdictStatus;

  @ApiProperty({ type: String, nullable: true })
  rating: string | null;

  @ApiProperty({ type: String, nullable: true })
  summary: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The editor’s comment when the verdict was sent back.' })
  reviewComment: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty({ type: () => MyVerdictClaimDto })
  claim: MyVerdictClaimDto;
}

@ApiSchema({ name: 'MyVerdicts' })
export class MyVerdictsDto {
  @ApiProperty({ type: () => [MyVerdictDto], description: 'Most recently changed first; at most 200.' })
  items: MyVerdictDto[];
}
