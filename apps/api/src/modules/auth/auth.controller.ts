import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiDefaultResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ChangePasswordSchema,
  ErrorBodySchema,
  LoginSchema,
  SessionResponseSchema,
  type ChangePassword,
  type Login,
  type SessionResponse,
} from '@tertulia/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentMember, Public } from '../../common/auth/access.decorators';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { Throttle } from '../throttle/throttle.decorator';
import { AuthService } from './auth.service';

@ApiTags('auth')
@ApiDefaultResponse({ description: 'An error', standardSchema: ErrorBodySchema })
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Throttle('login')
  @Post('login')
  @ApiOkResponse({ standardSchema: SessionResponseSchema })
  @HttpCode(200)
  login(
    @Body({ schema: LoginSchema }) credentials: Login,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    return this.auth.login(credentials, request, reply);
  }

  @Public()
  @Post('logout')
  @ApiNoContentResponse()
  @HttpCode(204)
  logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    return this.auth.logout(request, reply);
  }

  @Get('me')
  @ApiOkResponse({ standardSchema: SessionResponseSchema })
  me(@CurrentMember() member: AuthenticatedMember): SessionResponse {
    const { sessionId: _sessionId, ...current } = member;
    return { member: current };
  }

  @Throttle('password')
  @Post('password')
  @ApiNoContentResponse()
  @HttpCode(204)
  changePassword(
    @CurrentMember() member: AuthenticatedMember,
    @Body({ schema: ChangePasswordSchema }) change: ChangePassword,
  ): Promise<void> {
    return this.auth.changePassword(member, change);
  }
}
