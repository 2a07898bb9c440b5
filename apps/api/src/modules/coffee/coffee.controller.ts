import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiDefaultResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AcceptCoffeeInvitationSchema,
  CoffeeInvitationPageSchema,
  CoffeeInvitationSchema,
  CoffeeMatchSchema,
  CoffeeRoundSchema,
  CoffeeSettingsSchema,
  CreateCoffeeInvitationSchema,
  CurrentCoffeeMatchSchema,
  ErrorBodySchema,
  IdParamsSchema,
  ListCoffeeInvitationsQuerySchema,
  UpdateCoffeeSettingsSchema,
  type AcceptCoffeeInvitation,
  type CreateCoffeeInvitation,
  type ListCoffeeInvitationsQuery,
  type UpdateCoffeeSettings,
} from '@tertulia/domain';
import { CurrentMember, ManagerOnly } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { CoffeeInvitationsService } from './coffee-invitations.service';
import { CoffeeRoundsService } from './coffee-rounds.service';
import { CoffeeSettingsService } from './coffee-settings.service';

/** The weekly «cafè ràpid»: one's own settings, one's match, and (manager) starting the week's round. */
@ApiTags('coffee')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('coffee')
export class CoffeeController {
  constructor(
    private readonly settings: CoffeeSettingsService,
    private readonly rounds: CoffeeRoundsService,
  ) {}

  @Get('me')
  @ApiOkResponse({ standardSchema: CoffeeSettingsSchema })
  me(@CurrentMember() viewer: AuthenticatedMember) {
    return this.settings.settings(viewer);
  }

  @Put('me')
  @ApiOkResponse({ standardSchema: CoffeeSettingsSchema })
  update(@CurrentMember() viewer: AuthenticatedMember, @Body({ schema: UpdateCoffeeSettingsSchema }) input: UpdateCoffeeSettings) {
    return this.settings.update(viewer, input);
  }

  @Get('matches/current')
  @ApiOkResponse({ standardSchema: CurrentCoffeeMatchSchema })
  current(@CurrentMember() viewer: AuthenticatedMember) {
    return this.settings.current(viewer);
  }

  /** Idempotent: the first «we met» stays. */
  @Post('matches/:id/met')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: CoffeeMatchSchema })
  met(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.settings.markMet(viewer, params.id);
  }

  @Post('rounds')
  @ManagerOnly()
  @ApiCreatedResponse({ standardSchema: CoffeeRoundSchema })
  startRound(@CurrentMember() viewer: AuthenticatedMember) {
    return this.rounds.start(viewer);
  }
}

/** Direct coffee invitations between two members. */
@ApiTags('coffee')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('coffee/invitations')
export class CoffeeInvitationsController {
  constructor(private readonly invitations: CoffeeInvitationsService) {}

  @Get()
  @ApiOkResponse({ standardSchema: CoffeeInvitationPageSchema })
  list(@CurrentMember() viewer: AuthenticatedMember, @Query({ schema: ListCoffeeInvitationsQuerySchema }) query: ListCoffeeInvitationsQuery) {
    return this.invitations.list(viewer, query);
  }

  @Post()
  @ApiCreatedResponse({ standardSchema: CoffeeInvitationSchema })
  create(@CurrentMember() viewer: AuthenticatedMember, @Body({ schema: CreateCoffeeInvitationSchema }) input: CreateCoffeeInvitation) {
    return this.invitations.create(viewer, input);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: CoffeeInvitationSchema })
  accept(
    @CurrentMember() viewer: AuthenticatedMember,
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: AcceptCoffeeInvitationSchema }) input: AcceptCoffeeInvitation,
  ) {
    return this.invitations.accept(viewer, params.id, input);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: CoffeeInvitationSchema })
  decline(@CurrentMember() viewer: AuthenticatedMember, @Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.invitations.decline(viewer, params.id);
  }
}
