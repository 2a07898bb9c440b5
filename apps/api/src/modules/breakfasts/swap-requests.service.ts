import { Injectable } from '@nestjs/common';
import type { SwapRequest } from '@tertulia/domain';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { forbidden } from '../../common/errors/app-error';
import { NotificationsService } from '../notifications/notifications.service';
import { breakfastNotFound, notThePresenter, swapNotFound, swapNotPossible, swapPending, swapStale } from './breakfasts.errors';
import { BreakfastsRepository } from './breakfasts.repository';
import { tellAssigned } from './fill-open-slots';
import { RotaRepository } from './rota.repository';

/** Two presenters trade dates: one proposes, the other accepts (both dates change at once) or declines. */
@Injectable()
export class SwapRequestsService {
  constructor(
    private readonly breakfasts: BreakfastsRepository,
    private readonly rota: RotaRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async propose(viewer: AuthenticatedMember, sessionId: string, withSessionId: string): Promise<SwapRequest> {
    return this.breakfasts.manager.transaction(async (em) => {
      await this.breakfasts.lockSeries(em);
      const sessions = await this.rota.lockSessions(em, [sessionId, withSessionId]);
      const mine = sessions.find((session) => session.id === sessionId);
      const theirs = sessions.find((session) => session.id === withSessionId);
      if (!mine) throw breakfastNotFound();
      if (mine.presenter_id !== viewer.id) throw notThePresenter();
      if (!theirs || theirs.id === mine.id) throw swapNotPossible('Choose another breakfast to swap with.');
      if (!theirs.presenter_id || theirs.presenter_id === viewer.id) throw swapNotPossible('That breakfast has no other presenter.');
      if ([mine, theirs].some((session) => session.cancelled || !session.upcoming)) {
        throw swapNotPossible('Only upcoming breakfasts can be swapped.');
      }
      if (await this.rota.hasPendingSwapFrom(em, mine.id)) throw swapPending();
      const id = await this.rota.insertSwap(em, {
        fromSessionId: mine.id,
        toSessionId: theirs.id,
        proposerId: viewer.id,
        recipientId: theirs.presenter_id,
      });
      await this.notifications.notify(em, {
        memberIds: [theirs.presenter_id],
        kind: 'swap_proposed',
        data: { proposerName: viewer.displayName, date: mine.date, withDate: theirs.date },
        link: '/breakfasts',
      });
      return { id, status: 'pending' };
    });
  }

  async answer(viewer: AuthenticatedMember, swapId: string, accept: boolean): Promise<SwapRequest> {
    return this.breakfasts.manager.transaction(async (em) => {
      await this.breakfasts.lockSeries(em);
      const swap = await this.rota.lockSwap(em, swapId);
      if (!swap || (swap.recipient_id !== viewer.id && swap.proposer_id !== viewer.id)) throw swapNotFound();
      if (swap.recipient_id !== viewer.id) throw forbidden('Only the presenter this swap was proposed to can answer it.');
      if (swap.status !== 'pending') throw swapStale();
      if (!accept) {
        await this.rota.decideSwap(em, swap.id, 'declined');
        return { id: swap.id, status: 'declined' };
      }
      const sessions = await this.rota.lockSessions(em, [swap.from_session_id, swap.to_session_id]);
      const from = sessions.find((session) => session.id === swap.from_session_id);
      const to = sessions.find((session) => session.id === swap.to_session_id);
      const stillApplies =
        from?.presenter_id === swap.proposer_id &&
        to?.presenter_id === swap.recipient_id &&
        [from, to].every((session) => !session.cancelled && session.upcoming);
      if (!stillApplies) {
        await this.rota.decideSwap(em, swap.id, 'declined');
        throw swapStale();
      }
      await this.rota.decideSwap(em, swap.id, 'accepted');
      await this.rota.declinePendingSwapsOf(em, [from.id, to.id]);
      // Each presenter takes their topic along to their new date.
      await this.rota.updateSession(em, from.id, { presenter_id: swap.recipient_id, presenter_confirmed: false, topic: to.topic });
      await this.rota.updateSession(em, to.id, { presenter_id: swap.proposer_id, presenter_confirmed: false, topic: from.topic });
      // The proposer learns their new date; the recipient, who accepted, knows theirs.
      await tellAssigned(em, { notifications: this.notifications, actorId: viewer.id }, [{ memberId: swap.proposer_id, date: to.date }]);
      return { id: swap.id, status: 'accepted' };
    });
  }
}
