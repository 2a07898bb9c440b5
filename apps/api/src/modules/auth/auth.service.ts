import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChangePassword, Login, SessionResponse } from '@tertulia/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { clearSessionCookie, readSessionToken } from '../../common/auth/session-cookie';
import { hashToken } from '../../common/security/tokens';
import { toCurrentMember } from '../members/member.mapper';
import { MembersRepository } from '../members/members.repository';
import { invalidCredentials, wrongPassword } from './auth.errors';
import { PasswordHasher } from './password-hasher';
import { SessionIssuer } from './session-issuer';
import { SessionsRepository } from './sessions.repository';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly members: MembersRepository,
    private readonly sessions: SessionsRepository,
    private readonly issuer: SessionIssuer,
    private readonly passwords: PasswordHasher,
  ) {}

  async login(credentials: Login, request: FastifyRequest, reply: FastifyReply): Promise<SessionResponse> {
    const member = await this.members.findByEmail(credentials.email);
    const usable = member?.status === 'active' ? member : null;
    const matches = await this.passwords.verify(usable?.passwordHash ?? null, credentials.password);
    if (!usable || !matches) throw invalidCredentials();
    await this.dataSource.transaction(async (em) => {
      await this.sessions.deleteExpired(em);
      await this.issuer.issue(em, usable.id, request, reply);
    });
    return { member: toCurrentMember(usable) };
  }

  async logout(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = readSessionToken(request);
    if (token) await this.sessions.delete(this.dataSource.manager, hashToken(token));
    clearSessionCookie(reply, this.issuer.isSecure(request));
  }

  /** A new password ends every other session of the member: a thief's session too. */
  async changePassword(viewer: AuthenticatedMember, change: ChangePassword): Promise<void> {
    const member = await this.members.findById(viewer.id);
    if (!member || !(await this.passwords.verify(member.passwordHash, change.currentPassword))) throw wrongPassword();
    const passwordHash = await this.passwords.hash(change.newPassword);
    await this.dataSource.transaction(async (em) => {
      await this.members.update(em, viewer.id, { passwordHash });
      await this.sessions.deleteAllOfMember(em, viewer.id, viewer.sessionId);
    });
  }
}
