import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EntityManager } from 'typeorm';
import { readSessionToken, setSessionCookie } from '../../common/auth/session-cookie';
import { hashToken, newToken } from '../../common/security/tokens';
import { APP_CONFIG } from '../../config/load-config';
import type { Config } from '../../config/config.schema';
import { SessionsRepository } from './sessions.repository';

/** Starts a session with a fresh id (never reusing the one the browser had) and sets its cookie. */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: Config,
  ) {}

  async issue(em: EntityManager, memberId: string, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const previous = readSessionToken(request);
    if (previous) await this.sessions.delete(em, hashToken(previous));
    const token = newToken();
    const expiresAt = await this.sessions.create(em, {
      id: hashToken(token),
      memberId,
      ip: request.ip,
      userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
    });
    setSessionCookie(reply, token, expiresAt, this.isSecure(request));
  }

  isSecure(request: FastifyRequest): boolean {
    return this.config.PUBLIC_URL?.startsWith('https:') ?? request.protocol === 'https';
  }
}
