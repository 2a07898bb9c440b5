import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { SessionsRepository } from '../../modules/auth/sessions.repository';
import { forbidden, unauthenticated } from '../errors/app-error';
import { ACCESS_KEY, type Access } from './access.decorators';
import { hashToken } from '../security/tokens';
import { readSessionToken } from './session-cookie';

/** Every /api route needs a live session unless marked @Public(); @ManagerOnly() routes need a manager. */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access =
      this.reflector.getAllAndOverride<Access>(ACCESS_KEY, [context.getHandler(), context.getClass()]) ?? 'member';
    if (access === 'public') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = readSessionToken(request);
    const member = token ? await this.sessions.touch(hashToken(token)) : null;
    if (!member) throw unauthenticated();
    request.member = member;
    if (access === 'manager' && member.role !== 'manager') throw forbidden('Only the coworking manager can do this.');
    return true;
  }
}
