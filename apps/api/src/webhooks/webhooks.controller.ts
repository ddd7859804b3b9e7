import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiSchema,
  ApiTags,
} from '@nestjs/swagger';
import { Response } from 'express';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { DeliveryStatus, Role } from '@app/database';
import {
  Actor,
  CreatedWebhookSubscriptionDto,
  CreateWebhookSubscriptionCommand,
  CreateWebhookSubscriptionUseCase,
  DeleteWebhookSubscriptionCommand,
  DeleteWebhookSubscriptionUseCase,
  ListWebhookDeliveriesCommand,
  ListWebhookDeliveriesUseCase,
  ListWebhookSubscriptionsUseCase,
  RetryWebhookDeliveryCommand,
  RetryWebhookDeliveryUseCase,
  WebhookDeliveryDto,
  WebhookDeliveryListDto,
  WebhookSubscriptionDto,
  WebhookSubscriptionListDto,
} from '@app/workflow';
import { WEBHOOK_EVENT_TYPES } from '@app/webhooks';
import { CurrentActor, RequireRole } from '../auth/auth.decorators';
import {
  AcceptsIdempotencyKey,
  IdempotencyKey,
  REPLAYED_HEADER,
  replayedResponse,
} from '../idempotency/idempotency-key';
import { ApiProblem } from '../openapi/api-problem.decorator';
import { IsIntParam } from '../problems/query-params';
import { IsCleanText } from '../problems/text-validators';

@ApiSchema({ name: 'CreateWebhook' })
export class CreateWebhookDto {
  @ApiProperty({
    maxLength: 2048,
    example: 'https://newsroom.example/hooks/factcheck',
    description: 'http(s); loopback and private addresses only with WEBHOOKS_ALLOW_PRIVATE_NETWORKS.',
  })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'url must be an http(s) URL' },
  )
  @MaxLength(2048)
  @IsCleanText()
  url: string;

  @ApiProperty({ type: [String], enum: [...WEBHOOK_EVENT_TYPES], minItems: 1, maxItems: 20 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true, message: `each event must be one of: ${WEBHOOK_EVENT_TYPES.join(', ')}` })
  events: string[];

  /** `standard` (the default): Standard Webhooks, signed. `slack`: Slack incoming-webhook messages, one a second. */
  @ApiPropertyOptional({
    enum: ['standard', 'slack'],
    default: 'standard',
    description:
      '`standard`: signed Standard Webhooks. `slack`: Slack incoming-webhook messages (the url is the secret).',
  })
  @IsOptional()
  @IsIn(['standard', 'slack'])
  kind?: 'standard' | 'slack';

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @IsCleanText()
  description?: string;
}

export class ListDeliveriesQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @IsIntParam('limit', 1, 500)
  limit?: number;

  @ApiPropertyOptional({ enum: DeliveryStatus, enumName: 'DeliveryStatus' })
  @IsOptional()
  @IsIn(Object.values(DeliveryStatus))
  status?: DeliveryStatus;
}

@ApiTags('Webhooks')
@Controller('v1/webhooks')
@RequireRole(Role.Admin)
export class WebhooksController {
  constructor(
    private readonly createSubscription: CreateWebhookSubscriptionUseCase,
    private readonly listSubscriptions: ListWebhookSubscriptionsUseCase,
    private readonly deleteSubscription: DeleteWebhookSubscriptionUseCase,
    private readonly listWebhookDeliveries: ListWebhookDeliveriesUseCase,
    private readonly retryDelivery: RetryWebhookDeliveryUseCase,
  ) {}

  /** The `whsec_` secret is in this answer and nowhere else. */
  @Post()
  @ApiOperation({
    summary: 'Subscribe a newsroom endpoint',
    description:
      'Deliveries are Standard Webhooks: a JSON body `{type, timestamp, data}` with `webhook-id`, `webhook-timestamp` ' +
      'and `webhook-signature` (`v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, keyed with the base64 bytes after ' +
      '`whsec_`). Failed deliveries are retried for about a day, then kept as failed.',
  })
  @AcceptsIdempotencyKey(
    'A retry with the same key and request answers 200 with the subscription it created, without the secret, which ' +
      'is shown once (delete the subscription and subscribe again for a new one).',
  )
  @ApiCreatedResponse({
    description: 'The subscription with its `secret`, shown this once.',
    type: CreatedWebhookSubscriptionDto,
  })
  @replayedResponse('A retry: the subscription the first request created, without its secret.', WebhookSubscriptionDto)
  async create(
    @Body() dto: CreateWebhookDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CreatedWebhookSubscriptionDto | WebhookSubscriptionDto> {
    const result = await this.createSubscription.execute(
      new CreateWebhookSubscriptionCommand(actor, dto, idempotencyKey),
    );
    if (result.replayed) response.status(200).setHeader(REPLAYED_HEADER, 'true');
    return result.subscription;
  }

  @Get()
  @ApiOperation({ summary: 'Webhook subscriptions', description: 'Never their secrets.' })
  @ApiOkResponse({ type: WebhookSubscriptionListDto })
  list(): Promise<WebhookSubscriptionListDto> {
    return this.listSubscriptions.execute();
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Unsubscribe', description: 'Deliveries not yet made end as failed.' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  async delete(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.deleteSubscription.execute(new DeleteWebhookSubscriptionCommand(actor, id));
  }

  @Get(':id/deliveries')
  @ApiOperation({
    summary: 'A subscription’s deliveries',
    description:
      'Newest first, with the outcome of their attempts: each message as sent (`payload`) and the start of the ' +
      'receiver’s last answer (`lastResponseBody`, at most 1,024 characters).',
  })
  @ApiOkResponse({ type: WebhookDeliveryListDto })
  listDeliveries(@Param('id') id: string, @Query() query: ListDeliveriesQueryDto): Promise<WebhookDeliveryListDto> {
    return this.listWebhookDeliveries.execute(new ListWebhookDeliveriesCommand(id, query));
  }

  @Post(':id/deliveries/:deliveryId/retry')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send a finished delivery again, or a waiting one now',
    description:
      'A finished delivery (succeeded or failed) is sent again from the first step of the retry schedule. A ' +
      'pending delivery waiting for its next attempt after a failure is attempted now, and the schedule goes on ' +
      'from the attempts already made (the attempt that was waiting is not made as well). The message keeps its ' +
      '`webhook-id` and body, each attempt is signed afresh, and deliveries about one claim or article still reach ' +
      'the subscriber in order.',
  })
  @ApiAcceptedResponse({ type: WebhookDeliveryDto })
  @ApiProblem(
    409,
    'The delivery is being attempted (its first attempt, or one that is due), a waiting delivery comes after an ' +
      'earlier pending one about the same claim or article, or the subscription is disabled.',
  )
  retry(
    @Param('id') id: string,
    @Param('deliveryId') deliveryId: string,
    @CurrentActor() actor: Actor,
  ): Promise<WebhookDeliveryDto> {
    return this.retryDelivery.execute(new RetryWebhookDeliveryCommand(actor, id, deliveryId));
  }
}
