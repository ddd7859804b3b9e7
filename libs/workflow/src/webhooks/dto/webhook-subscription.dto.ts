import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { WEBHOOK_EVENT_TYPES } from '@app/webhooks';
import type { WebhookSubscriptionKind } from '../webhook-subscriptions.repository';

@ApiSchema({ name: 'WebhookSubscription' })
export class WebhookSubscriptionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  url: string;

  @ApiProperty({
    enum: ['standard', 'slack'],
    description: '`standard`: signed Standard Webhooks; `slack`: Slack incoming-webhook messages.',
  })
  kind: WebhookSubscriptionKind;

  @ApiProperty({ type: [String], enum: [...WEBHOOK_EVENT_TYPES] })
  events: string[];

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty({ description: 'false once the endpoint answered 410 Gone.' })
  active: boolean;

  @ApiProperty({ type: String, nullable: true })
  disabledReason: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

@ApiSchema({ name: 'CreatedWebhookSubscription' })
export class CreatedWebhookSubscriptionDto extends WebhookSubscriptionDto {
  @ApiPropertyOptional({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'The signing secret, shown in this answer only (not for `slack`, whose url is its secret).',
  })
  secret?: string;
}

@ApiSchema({ name: 'WebhookSubscriptionList' })
export class WebhookSubscriptionListDto {
  @ApiProperty({ type: () => [WebhookSubscriptionDto] })
  items: WebhookSubscriptionDto[];
}
