import { Body, Controller, Get, Param, Patch, Put, Query } from '@nestjs/common';
import { ApiDefaultResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CurrentMemberSchema,
  ErrorBodySchema,
  FocusStatusSchema,
  IdParamsSchema,
  ListMembersQuerySchema,
  MemberPageSchema,
  MemberProfileSchema,
  MemberSummarySchema,
  UpdateFocusStatusSchema,
  UpdateMeSchema,
  UpdateMemberByManagerSchema,
  type ListMembersQuery,
  type UpdateFocusStatus,
  type UpdateMe,
  type UpdateMemberByManager,
} from '@tertulia/domain';
import { CurrentMember, ManagerOnly } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { MembersService } from './members.service';

@ApiTags('members')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get()
  @ApiOkResponse({ standardSchema: MemberPageSchema })
  list(@CurrentMember() viewer: AuthenticatedMember, @Query({ schema: ListMembersQuerySchema }) query: ListMembersQuery) {
    return this.members.list(viewer, query);
  }

  @Patch('me')
  @ApiOkResponse({ standardSchema: CurrentMemberSchema })
  updateMe(@CurrentMember() viewer: AuthenticatedMember, @Body({ schema: UpdateMeSchema }) patch: UpdateMe) {
    return this.members.updateMe(viewer, patch);
  }

  @Put('me/status')
  @ApiOkResponse({ standardSchema: FocusStatusSchema })
  updateStatus(@CurrentMember() viewer: AuthenticatedMember, @Body({ schema: UpdateFocusStatusSchema }) status: UpdateFocusStatus) {
    return this.members.updateStatus(viewer, status);
  }

  @Get(':id')
  @ApiOkResponse({ standardSchema: MemberProfileSchema })
  get(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.members.get(viewer, params.id);
  }

  @ManagerOnly()
  @Patch(':id')
  @ApiOkResponse({ standardSchema: MemberSummarySchema })
  update(
    @CurrentMember() manager: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: UpdateMemberByManagerSchema }) patch: UpdateMemberByManager,
  ) {
    return this.members.updateByManager(manager, params.id, patch);
  }
}
