import { Injectable } from '@nestjs/common';
import type { Locale } from '@tertulia/domain';
import type { EntityManager } from 'typeorm';
import { EmailComposer } from './email-composer';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';

/** The invitation e-mail, written in the invitation's transaction (dedupe `invitation:<id>:<expiresAt>`). */
@Injectable()
export class InvitationEmail {
  constructor(
    private readonly composer: EmailComposer,
    private readonly outbox: OutboxService,
    private readonly repository: OutboxRepository,
  ) {}

  /**
   * In the transaction that replaces or withdraws a person's invitation: its e-mail, if it has not left
   * yet, goes too (it would carry a dead link, or reach someone who was un-invited).
   */
  withdraw(em: EntityManager, memberId: string): Promise<void> {
    return this.repository.deletePendingInvitations(em, memberId);
  }

  async enqueue(
    em: EntityManager,
    input: {
      invitation: { id: string; memberId: string; email: string; expiresAt: Date };
      inviter: { displayName: string; locale: Locale | null };
      /** The acceptance page, with the token. */
      url: string;
    },
  ): Promise<void> {
    const { invitation, inviter, url } = input;
    const email = this.composer.invitation({ locale: inviter.locale, inviterName: inviter.displayName, url, expiresAt: invitation.expiresAt });
    await this.outbox.enqueue(em, [
      {
        memberId: invitation.memberId,
        to: invitation.email,
        kind: 'invitation',
        ...email,
        dedupeKey: `invitation:${invitation.id}:${invitation.expiresAt.toISOString()}`,
      },
    ]);
  }

  /** After the invitation's transaction committed: send it now rather than at the next minute. */
  sendSoon(): Promise<void> {
    return this.outbox.sendSoon();
  }
}
