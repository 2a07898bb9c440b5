import { Injectable } from '@nestjs/common';
import type {
  AcceptCoffeeInvitation,
  CoffeeInvitation,
  CreateCoffeeInvitation,
  ListCoffeeInvitationsQuery,
  Page,
} from '@tertulia/domain';
import { QueryFailedError, type EntityManager } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { NotificationsService } from '../notifications/notifications.service';
import { toCoffeeInvitation } from './coffee.mapper';
import {
  invitationAnswered,
  invitationNotFound,
  invitationPending,
  memberNotEligible,
  notTheInvitee,
  timeNotProposed,
  timePast,
} from './coffee.errors';
import { CoffeeRepository, type LockedInvitation } from './coffee.repository';

/** The partial unique index: one unanswered invitation per inviter and invitee. */
const ONE_PENDING = 'coffee_invitations_one_pending';
const isSecondPending = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === ONE_PENDING;

/**
 * Direct coffee invitations. The private do-not-pair lists play no part here: they only keep the weekly pairing
 * apart (refusing an invitation because of one would reveal it); the invitee can always decline.
 */
@Injectable()
export class CoffeeInvitationsService {
  constructor(
    private readonly coffee: CoffeeRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async list(member: AuthenticatedMember, query: ListCoffeeInvitationsQuery): Promise<Page<CoffeeInvitation>> {
    const page = await this.coffee.invitations(member.id, query);
    return { items: page.items.map(toCoffeeInvitation), nextCursor: page.nextCursor };
  }

  /**
   * To an active member other than oneself, at future times. If the invitee is in focus the invitation is held
   * until their focus ends: they neither see it nor hear of it before (notify() defers their notification).
   */
  async create(member: AuthenticatedMember, input: CreateCoffeeInvitation): Promise<CoffeeInvitation> {
    const now = Date.now();
    const times = input.proposedTimes.map((time) => new Date(time));
    const past = times.findIndex((time) => time.getTime() <= now);
    if (past >= 0) throw timePast(`proposedTimes.${past}`);
    let id: string;
    try {
      id = await this.coffee.manager.transaction(async (em) => {
        const invitee = await this.coffee.invitee(em, input.inviteeId, member.id);
        if (!invitee) throw memberNotEligible('inviteeId');
        const invitationId = await this.coffee.insertInvitation(em, {
          inviterId: member.id,
          inviteeId: invitee.id,
          proposedTimes: times.map((time) => time.toISOString()).sort(),
          message: input.message ? input.message : null,
          heldUntil: invitee.held_until,
        });
        await this.notifications.notify(em, {
          memberIds: [invitee.id],
          kind: 'coffee_invited',
          data: { inviterName: member.displayName },
          link: '/coffee',
        });
        return invitationId;
      });
    } catch (error) {
      if (isSecondPending(error)) throw invitationPending();
      throw error;
    }
    return this.load(member.id, id);
  }

  accept(member: AuthenticatedMember, id: string, input: AcceptCoffeeInvitation): Promise<CoffeeInvitation> {
    return this.answer(member, id, (invitation) => {
      const chosen = new Date(input.time).getTime();
      if (!invitation.proposed_times.some((time) => new Date(time).getTime() === chosen)) throw timeNotProposed();
      if (chosen <= Date.now()) throw timePast('time');
      return { status: 'accepted', chosenTime: new Date(chosen).toISOString() };
    });
  }

  decline(member: AuthenticatedMember, id: string): Promise<CoffeeInvitation> {
    return this.answer(member, id, () => ({ status: 'declined', chosenTime: null }));
  }

  /**
   * Under the invitation's row lock: only its invitee answers, once. Two answers at the same moment are decided one
   * after the other; the second finds it answered (409). The inviter is told in the same transaction.
   */
  private async answer(
    member: AuthenticatedMember,
    id: string,
    decide: (invitation: LockedInvitation) => { status: 'accepted' | 'declined'; chosenTime: string | null },
  ): Promise<CoffeeInvitation> {
    await this.coffee.manager.transaction(async (em: EntityManager) => {
      const invitation = await this.coffee.lockInvitation(em, id);
      const isInvitee = invitation?.invitee_id === member.id && invitation.visible_to_invitee;
      if (!invitation || (!isInvitee && invitation.inviter_id !== member.id)) throw invitationNotFound();
      if (!isInvitee) throw notTheInvitee();
      if (invitation.status !== 'pending') throw invitationAnswered();
      const answer = decide(invitation);
      await this.coffee.answerInvitation(em, id, answer.status, answer.chosenTime);
      await this.notifications.notify(em, {
        memberIds: [invitation.inviter_id],
        ...(answer.status === 'accepted'
          ? { kind: 'coffee_accepted', data: { inviteeName: member.displayName, startsAt: answer.chosenTime! } }
          : { kind: 'coffee_declined', data: { inviteeName: member.displayName } }),
        link: '/coffee',
      });
    });
    return this.load(member.id, id);
  }

  private async load(memberId: string, id: string): Promise<CoffeeInvitation> {
    const row = await this.coffee.invitationFor(memberId, id);
    if (!row) throw invitationNotFound();
    return toCoffeeInvitation(row);
  }
}
