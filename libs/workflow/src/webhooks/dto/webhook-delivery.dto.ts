import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { DeliveryStatus } from '@app/database';
import { WEBHOOK_EVENT_TYPES } from '@app/webhooks';

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

  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: 1024,
    description:
      'The start of the receiver’s last answer body (at most 1,024 characters, as UTF-8 text); null before the ' +
      'first answer and when no answer arrived (a timeout, a refused connection).',
  })
  lastResponseBody: string | null;

  @ApiProperty({
    description:
      'The message as sent: the exact JSON body every attempt signs (`{type, timestamp, data}`, or a Slack message).',
  })
  payload: string;

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
