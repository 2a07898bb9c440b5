import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiDefaultResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AttendanceResultSchema,
  AttendanceSchema,
  BreakfastListSchema,
  BreakfastSessionSchema,
  BreakfastSettingsSchema,
  ClosureListSchema,
  ClosureSchema,
  CreateClosureSchema,
  ErrorBodySchema,
  GenerateRotaResultSchema,
  GenerateRotaSchema,
  IdParamsSchema,
  ListBreakfastsQuerySchema,
  ProposeSwapSchema,
  SwapRequestSchema,
  UpdateBreakfastSchema,
  type Attendance,
  type BreakfastSettings,
  type CreateClosure,
  type GenerateRota,
  type ListBreakfastsQuery,
  type ProposeSwap,
  type UpdateBreakfast,
} from '@tertulia/domain';
import { CurrentMember, ManagerOnly } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { BreakfastsService } from './breakfasts.service';
import { RotaService } from './rota.service';
import { SwapRequestsService } from './swap-requests.service';

@ApiTags('breakfasts')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('breakfasts')
export class BreakfastsController {
  constructor(
    private readonly breakfasts: BreakfastsService,
    private readonly rota: RotaService,
    private readonly swaps: SwapRequestsService,
  ) {}

  @Get('settings')
  @ApiOkResponse({ standardSchema: BreakfastSettingsSchema })
  settings() {
    return this.breakfasts.settings();
  }

  @ManagerOnly()
  @Put('settings')
  @ApiOkResponse({ standardSchema: BreakfastSettingsSchema })
  updateSettings(@Body({ schema: BreakfastSettingsSchema }) settings: BreakfastSettings) {
    return this.breakfasts.updateSettings(settings);
  }

  @Get('closures')
  @ApiOkResponse({ standardSchema: ClosureListSchema })
  closures() {
    return this.breakfasts.closures();
  }

  @ManagerOnly()
  @Post('closures')
  @ApiCreatedResponse({ standardSchema: ClosureSchema })
  addClosure(@Body({ schema: CreateClosureSchema }) closure: CreateClosure) {
    return this.breakfasts.addClosure(closure);
  }

  @ManagerOnly()
  @Delete('closures/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeClosure(@Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.breakfasts.removeClosure(params.id);
  }

  @Get()
  @ApiOkResponse({ standardSchema: BreakfastListSchema })
  list(@CurrentMember() viewer: AuthenticatedMember, @Query({ schema: ListBreakfastsQuerySchema }) query: ListBreakfastsQuery) {
    return this.breakfasts.list(viewer, query);
  }

  @ManagerOnly()
  @Post('rota/generate')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: GenerateRotaResultSchema })
  generate(@CurrentMember() viewer: AuthenticatedMember, @Body({ schema: GenerateRotaSchema }) input: GenerateRota) {
    return this.rota.generate(viewer, input.weeks);
  }

  @Patch(':id')
  @ApiOkResponse({ standardSchema: BreakfastSessionSchema })
  update(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: UpdateBreakfastSchema }) patch: UpdateBreakfast,
  ) {
    return this.breakfasts.update(viewer, params.id, patch);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: BreakfastSessionSchema })
  decline(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.rota.decline(viewer, params.id);
  }

  @Post(':id/swap-requests')
  @ApiCreatedResponse({ standardSchema: SwapRequestSchema })
  proposeSwap(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: ProposeSwapSchema }) input: ProposeSwap,
  ) {
    return this.swaps.propose(viewer, params.id, input.withSessionId);
  }

  @Put(':id/attendance')
  @ApiOkResponse({ standardSchema: AttendanceResultSchema })
  attend(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: AttendanceSchema }) input: Attendance,
  ) {
    return this.breakfasts.attend(viewer, params.id, input.attending);
  }
}
