import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiDefaultResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  CurrentMemberSchema,
  ErrorBodySchema,
  IdParamsSchema,
  MemberPageSchema,
  MemberSummarySchema,
  ListMembersQuerySchema,
  UpdateMeSchema,
  UpdateMemberByManagerSchema,
  type ListMembersQuery,
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

  @Get(':id')
  @ApiOkResponse({ standardSchema: MemberSummarySchema })
  get(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.members.get(viewer, params.id);
  }

  @ManagerOnly()
  @Patch(':id')
  @ApiOkResponse({ standardSchema: MemberSummarySchema })
  update(
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: UpdateMemberByManagerSchema }) patch: UpdateMemberByManager,
  ) {
    return this.members.updateByManager(params.id, patch);
  }
}
