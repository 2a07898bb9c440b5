import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiDefaultResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ErrorBodySchema,
  IdParamsSchema,
  MySeatsSchema,
  NetworkingPlanSchema,
  NetworkingSchema,
  NetworkingSettingsSchema,
  TableLockSchema,
  type NetworkingSettings,
  type TableLock,
} from '@tertulia/domain';
import { CurrentMember } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { NetworkingService } from './networking.service';

@ApiTags('networking')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('events')
export class NetworkingController {
  constructor(private readonly networking: NetworkingService) {}

  /** The manager: whether table rotations are on for this lunch, and how. */
  @Get(':id/networking')
  @ApiOkResponse({ standardSchema: NetworkingSchema })
  settings(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.networking.settings(viewer, params.id);
  }

  /** The manager turns rotations on, or changes them (which drops a stored plan). */
  @Put(':id/networking')
  @ApiOkResponse({ standardSchema: NetworkingSchema })
  configure(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: NetworkingSettingsSchema }) input: NetworkingSettings,
  ) {
    return this.networking.configure(viewer, params.id, input);
  }

  /** Generates the plan, or regenerates all but the locked tables; answers the stored plan. */
  @Post(':id/networking/plan')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: NetworkingPlanSchema })
  generate(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.networking.generate(viewer, params.id);
  }

  @Get(':id/networking/plan')
  @ApiOkResponse({ standardSchema: NetworkingPlanSchema })
  plan(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.networking.plan(viewer, params.id);
  }

  @Put(':id/networking/plan/locks')
  @ApiOkResponse({ standardSchema: NetworkingPlanSchema })
  lock(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: TableLockSchema }) input: TableLock,
  ) {
    return this.networking.lock(viewer, params.id, input);
  }

  /** Someone going: their table in each round and who else sits there. */
  @Get(':id/networking/my-seats')
  @ApiOkResponse({ standardSchema: MySeatsSchema })
  mySeats(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.networking.mySeats(viewer, params.id);
  }
}
