import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { HealthSchema, type Health } from '@tertulia/domain';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/access.decorators';

@ApiTags('ops')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** 200 when the database answers, 503 otherwise: what a load balancer or compose healthcheck needs. */
  @Public()
  @Get()
  @ApiOkResponse({ standardSchema: HealthSchema })
  @ApiServiceUnavailableResponse({ standardSchema: HealthSchema })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<Health> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: 'ok' };
    } catch {
      void reply.status(503);
      return { status: 'unavailable', database: 'unavailable' };
    }
  }
}
