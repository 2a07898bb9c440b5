import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiDefaultResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CircleDetailSchema,
  CircleMemberParamsSchema,
  CircleMemberSchema,
  CirclePageSchema,
  CircleSummarySchema,
  CreateCircleSchema,
  ErrorBodySchema,
  IdParamsSchema,
  PageQuerySchema,
  UpdateCircleMemberSchema,
  UpdateCircleSchema,
  type CircleMemberParams,
  type CreateCircle,
  type UpdateCircle,
  type UpdateCircleMember,
} from '@tertulia/domain';
import type { z } from 'zod';
import { CurrentMember } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { CirclesService } from './circles.service';

@ApiTags('circles')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('circles')
export class CirclesController {
  constructor(private readonly circles: CirclesService) {}

  @Get()
  @ApiOkResponse({ standardSchema: CirclePageSchema })
  list(@CurrentMember() viewer: AuthenticatedMember, @Query({ schema: PageQuerySchema }) query: z.output<typeof PageQuerySchema>) {
    return this.circles.list(viewer, query.cursor, query.limit);
  }

  @Post()
  @ApiCreatedResponse({ standardSchema: CircleSummarySchema })
  create(@CurrentMember() viewer: AuthenticatedMember, @Body({ schema: CreateCircleSchema }) input: CreateCircle) {
    return this.circles.create(viewer, input);
  }

  @Get(':id')
  @ApiOkResponse({ standardSchema: CircleDetailSchema })
  detail(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.circles.detail(viewer, params.id);
  }

  @Patch(':id')
  @ApiOkResponse({ standardSchema: CircleSummarySchema })
  update(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: UpdateCircleSchema }) patch: UpdateCircle,
  ) {
    return this.circles.update(viewer, params.id, patch);
  }

  @Post(':id/join')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: CircleSummarySchema })
  join(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.circles.join(viewer, params.id);
  }

  @Post(':id/leave')
  @HttpCode(204)
  @ApiNoContentResponse()
  leave(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.circles.leave(viewer, params.id);
  }

  @Post(':id/members/:memberId/approve')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: CircleMemberSchema })
  approve(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: CircleMemberParamsSchema }) params: CircleMemberParams) {
    return this.circles.approve(viewer, params.id, params.memberId);
  }

  @Patch(':id/members/:memberId')
  @ApiOkResponse({ standardSchema: CircleMemberSchema })
  setRole(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: CircleMemberParamsSchema }) params: CircleMemberParams,
    @Body({ schema: UpdateCircleMemberSchema }) input: UpdateCircleMember,
  ) {
    return this.circles.setRole(viewer, params.id, params.memberId, input.role);
  }

  @Delete(':id/members/:memberId')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: CircleMemberParamsSchema }) params: CircleMemberParams) {
    return this.circles.remove(viewer, params.id, params.memberId);
  }
}
