import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiDefaultResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AcceptInvitationSchema,
  ErrorBodySchema,
  InvitationCreatedSchema,
  InvitationPageSchema,
  InvitationPreviewSchema,
  SessionResponseSchema,
  CreateInvitationSchema,
  IdParamsSchema,
  InvitationTokenParamsSchema,
  ListInvitationsQuerySchema,
  type AcceptInvitation,
} from '@tertulia/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { CurrentMember, ManagerOnly, Public } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { APP_CONFIG } from '../../config/load-config';
import { publicOrigin } from '../../config/public-origin';
import type { Config } from '../../config/config.schema';
import { Throttle } from '../throttle/throttle.decorator';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    @Inject(APP_CONFIG) private readonly config: Config,
  ) {}

  @ManagerOnly()
  @Post()
  @ApiCreatedResponse({ standardSchema: InvitationCreatedSchema })
  invite(
    @CurrentMember() manager: AuthenticatedMember,
    @Body({ schema: CreateInvitationSchema }) input: z.output<typeof CreateInvitationSchema>,
    @Req() request: FastifyRequest,
  ) {
    const origin = publicOrigin(this.config, () => `${request.protocol}://${request.host}`);
    return this.invitations.invite(manager, input, origin);
  }

  @ManagerOnly()
  @Get()
  @ApiOkResponse({ standardSchema: InvitationPageSchema })
  list(@Query({ schema: ListInvitationsQuerySchema }) query: z.output<typeof ListInvitationsQuerySchema>) {
    return this.invitations.listOpen(query.cursor, query.limit);
  }

  @ManagerOnly()
  @Delete(':id')
  @ApiNoContentResponse()
  @HttpCode(204)
  withdraw(@Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.invitations.withdraw(params.id);
  }

  @Public()
  // Looking at an invitation is harmless and the page may ask more than once: a looser limit of its own.
  @Throttle('invitation-preview', 30)
  @Get(':token')
  @ApiOkResponse({ standardSchema: InvitationPreviewSchema })
  preview(@Param({ schema: InvitationTokenParamsSchema }) params: { token: string }) {
    return this.invitations.preview(params.token);
  }

  @Public()
  @Throttle('invitation')
  @Post(':token/accept')
  @ApiCreatedResponse({ standardSchema: SessionResponseSchema })
  accept(
    @Param({ schema: InvitationTokenParamsSchema }) params: { token: string },
    @Body({ schema: AcceptInvitationSchema }) input: AcceptInvitation,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.invitations.accept(params.token, input, request, reply);
  }
}
