import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { DeliveryStatus } from '@app/database';
import { WEBHOOK_EVENT_TYPES } from '@app/webhooks';

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
  kind: string;

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

@ApiSchema({
  name: 'WebhookDelivery',
  description: 'One event for one subscription and the outcome of its attempts so far.',
})
export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  subscriptionId: string;

  @ApiProperty({ description: 'The `webhook-id` header, the same on every attempt.' })
  messageId: string;

  @ApiProperty({ enum: [...WEBHOOK_EVENT_TYPES] })
  eventType: string;

  @ApiProperty({ enum: DeliveryStatus, enumName: 'DeliveryStatus' })
  status: DeliveryStatus;

  @ApiProperty({ type: 'integer' })
  attempts: number;

  @ApiProperty({ type: 'integer', nullable: true })
  lastStatusCode: number | null;

  @ApiProperty({ type: String, nullable: true })
  lastError: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  nextAttemptAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  deliveredAt: string | null;
}

@ApiSchema({ name: 'WebhookDeliveryList' })
export class WebhookDeliveryListDto {
  @ApiProperty({ type: () => [WebhookDeliveryDto], description: 'Newest first.' })
  items: WebhookDeliveryDto[];
}
