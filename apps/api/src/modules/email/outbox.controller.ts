import { Controller, Get, Query } from '@nestjs/common';
import { ApiDefaultResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorBodySchema, ListOutboxQuerySchema, OutboxPageSchema, type ListOutboxQuery } from '@tertulia/domain';
import { ManagerOnly } from '../../common/auth/access.decorators';
import { OutboxService } from './outbox.service';

@ApiTags('email')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxService) {}

  /** Every e-mail, newest first: what waits (and why), what was sent; whether an SMTP server is configured at all. */
  @ManagerOnly()
  @Get()
  @ApiOkResponse({ standardSchema: OutboxPageSchema })
  list(@Query({ schema: ListOutboxQuerySchema }) query: ListOutboxQuery) {
    return this.outbox.list(query);
  }
}
