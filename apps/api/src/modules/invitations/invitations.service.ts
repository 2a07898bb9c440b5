import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  INVITATION_TTL_DAYS,
  type AcceptInvitation,
  type InvitationCreated,
  type InvitationPreview,
  type InvitationSummary,
  type Page,
  type SessionResponse,
} from '@tertulia/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { hashToken, newToken } from '../../common/security/tokens';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionIssuer } from '../auth/session-issuer';
import { InvitationEmail } from '../email/invitation-email';
import { toCurrentMember } from '../members/member.mapper';
import { MembersRepository } from '../members/members.repository';
import { NotificationsService } from '../notifications/notifications.service';
import type { InvitationEntity } from './invitation.entity';
import { toInvitationSummary } from './invitation.mapper';
import { alreadyMember, invitationExpired, invitationNotFound, invitationUsed } from './invitations.errors';
import { InvitationsRepository } from './invitations.repository';

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invitations: InvitationsRepository,
    private readonly members: MembersRepository,
    private readonly passwords: PasswordHasher,
    private readonly issuer: SessionIssuer,
    private readonly notifications: NotificationsService,
    private readonly invitationEmail: InvitationEmail,
  ) {}

  /** Invites a person; inviting them again replaces the earlier link. */
  async invite(
    inviter: AuthenticatedMember,
    input: { email: string; role: 'manager' | 'member' },
    appOrigin: string,
  ): Promise<InvitationCreated> {
    const token = newToken();
    const invitation = await this.dataSource.transaction(async (em) => {
      const member = await this.members.upsertLocked(em, input.email, input.role, input.email.split('@')[0]!);
      if (member.status !== 'invited') throw alreadyMember();
      if (member.role !== input.role) await this.members.update(em, member.id, { role: input.role });
      await this.invitations.revokeOpenOfMember(em, member.id);
      await this.invitationEmail.withdraw(em, member.id);
      const created = await this.invitations.insert(em, {
        memberId: member.id,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedById: inviter.id,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600 * 1000),
      });
      // The e-mail exists exactly when the invitation does (same transaction); it is sent after the commit.
      await this.invitationEmail.enqueue(em, { invitation: created, inviter, url: `${appOrigin}/invitations/${token}` });
      return created;
    });
    await this.invitationEmail.sendSoon();
    return {
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      token,
      url: `${appOrigin}/invitations/${token}`,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  async listOpen(cursor: string | undefined, limit: number): Promise<Page<InvitationSummary>> {
    const page = await this.invitations.listOpen(cursor, limit);
    const now = new Date();
    return { items: page.items.map((invitation) => toInvitationSummary(invitation, now)), nextCursor: page.nextCursor };
  }

  /** Withdraws an open invitation; the person, never having joined, leaves the member list. */
  async withdraw(id: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const invitation = await this.invitations.lockOpenById(em, id);
      if (!invitation) throw invitationNotFound();
      await this.invitationEmail.withdraw(em, invitation.memberId);
      await this.members.deleteInvited(em, invitation.memberId);
    });
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = usable(await this.invitations.findByTokenHash(hashToken(token)));
    return { email: invitation.email, expiresAt: invitation.expiresAt.toISOString() };
  }

  /** Single use: the invitation row is locked, so two acceptances of one link cannot both win. */
  async accept(
    token: string,
    input: AcceptInvitation,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<SessionResponse> {
    usable(await this.invitations.findByTokenHash(hashToken(token)));
    const passwordHash = await this.passwords.hash(input.password);
    return this.dataSource.transaction(async (em) => {
      const invitation = usable(await this.invitations.lockByTokenHash(em, hashToken(token)));
      await this.invitations.markAccepted(em, invitation.id);
      const member = await this.members.update(em, invitation.memberId, {
        displayName: input.displayName,
        passwordHash,
        status: 'active',
        joinedAt: new Date(),
      });
      await this.notifications.notify(em, {
        memberIds: await this.invitations.managersToTell(em, member.id),
        kind: 'invitation_accepted',
        data: { memberName: member.displayName },
        link: `/members/${member.id}`,
      });
      await this.issuer.issue(em, member.id, request, reply);
      return { member: toCurrentMember(member) };
    });
  }
}

function usable(invitation: InvitationEntity | null): InvitationEntity {
  if (!invitation || invitation.revokedAt) throw invitationNotFound();
  if (invitation.acceptedAt) throw invitationUsed();
  if (invitation.expiresAt <= new Date()) throw invitationExpired();
  return invitation;
}
