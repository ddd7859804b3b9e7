import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { DeliveryStatus, Role } from '@app/database';
import { Actor, WebhookDeliveriesUseCase, WebhookSubscriptionsUseCase } from '@app/workflow';
import { WEBHOOK_EVENT_TYPES } from '@app/webhooks';
import { CurrentActor, RequireRole } from '../auth/auth.decorators';
import { IsIntParam } from '../problems/query-params';
import { IsCleanText } from '../problems/text-validators';

export class CreateWebhookDto {
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an http(s) URL' })
  @MaxLength(2048)
  @IsCleanText()
  url: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true, message: `each event must be one of: ${WEBHOOK_EVENT_TYPES.join(', ')}` })
  events: string[];

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @IsCleanText()
  description?: string;
}

export class ListDeliveriesQueryDto {
  @IsOptional()
  @IsIntParam('limit', 1, 500)
  limit?: number;

  @IsOptional()
  @IsIn(Object.values(DeliveryStatus))
  status?: DeliveryStatus;
}

@Controller('v1/webhooks')
@RequireRole(Role.Admin)
export class WebhooksController {
  constructor(
    private readonly subscriptions: WebhookSubscriptionsUseCase,
    private readonly deliveries: WebhookDeliveriesUseCase,
  ) {}

  /** The `whsec_` secret is in this answer and nowhere else. */
  @Post()
  create(@Body() dto: CreateWebhookDto, @CurrentActor() actor: Actor) {
    return this.subscriptions.create(dto, actor);
  }

  @Get()
  list() {
    return this.subscriptions.list();
  }

  @Delete(':id')
  @HttpCode(204)
  async delete(@Param('id') id: string, @CurrentActor() actor: Actor) {
    await this.subscriptions.delete(id, actor);
  }

  @Get(':id/deliveries')
  listDeliveries(@Param('id') id: string, @Query() query: ListDeliveriesQueryDto) {
    return this.deliveries.list(id, query);
  }

  @Post(':id/deliveries/:deliveryId/retry')
  @HttpCode(202)
  retry(@Param('id') id: string, @Param('deliveryId') deliveryId: string, @CurrentActor() actor: Actor) {
    return this.deliveries.retry(id, deliveryId, actor);
  }
}
