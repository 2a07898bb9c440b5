import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { pairForCoffee, type CoffeeRound } from '@tertulia/domain';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import type { Config } from '../../config/config.schema';
import { APP_CONFIG } from '../../config/load-config';
import { NotificationsService } from '../notifications/notifications.service';
import { toCoffeeRound } from './coffee.mapper';
import { roundExists } from './coffee.errors';
import { CoffeeRepository } from './coffee.repository';
import { communityWeek, seedOfWeek } from './coffee-week';

/**
 * The weekly «cafè ràpid» round: one per week (the Monday job, or a manager earlier that week). The round row is
 * claimed first (unique per week), so a second round started at the same moment waits for the first and then
 * finds the week taken; everything else — matches and notifications — is written in the same transaction.
 */
@Injectable()
export class CoffeeRoundsService {
  constructor(
    private readonly coffee: CoffeeRepository,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: Config,
  ) {}

  /** The manager's «start a round now»: 409 when this week already has its round. */
  async start(manager: AuthenticatedMember, now: Date = new Date()): Promise<CoffeeRound> {
    const round = await this.run(now, manager.id);
    if (!round) throw roundExists(communityWeek(now, this.config.COMMUNITY_TIMEZONE).weekOf);
    return round;
  }

  /** The weekly job: the week's round, unless one was already made (then nothing, and null). */
  weekly(now: Date): Promise<CoffeeRound | null> {
    return this.run(now, null);
  }

  private async run(now: Date, startedBy: string | null): Promise<CoffeeRound | null> {
    const { today, weekOf } = communityWeek(now, this.config.COMMUNITY_TIMEZONE);
    const roundId = await this.coffee.manager.transaction(async (em) => {
      const id = await this.coffee.claimRound(em, weekOf, startedBy);
      if (!id) return null;
      await this.pair(em, id, today, weekOf, now);
      return id;
    });
    if (!roundId) return null;
    const row = await this.coffee.round(roundId);
    return row ? toCoffeeRound(row) : null;
  }

  private async pair(em: EntityManager, roundId: string, today: string, weekOf: string, now: Date): Promise<void> {
    const memberIds = await this.coffee.eligibleMembers(em, today, now);
    const doNotPair = await this.coffee.doNotPairAmong(em, memberIds);
    const history = await this.coffee.historyAmong(em, memberIds);
    const pairing = pairForCoffee({ memberIds, doNotPair, history, seed: seedOfWeek(weekOf) });
    const matchIds = pairing.groups.map(() => randomUUID());
    const memberMatchIds = pairing.groups.flatMap((group, index) => group.map(() => matchIds[index]!));
    await this.coffee.insertMatches(em, roundId, { matchIds, memberMatchIds, memberIds: pairing.groups.flat() });
    await this.coffee.finishRound(em, roundId, { ...pairing.stats, unpaired: pairing.unpaired.length });
    const names = await this.coffee.names(em, pairing.groups.flat());
    // Each member's notification names their own partners; deduped by match, so nobody is told twice.
    const recipients = pairing.groups.flatMap((group, index) =>
      group.map((memberId) => ({
        memberId,
        data: { partnerNames: group.filter((other) => other !== memberId).map((other) => names.get(other) ?? '').join(', ') },
        dedupeKey: `coffee_matched:${matchIds[index]}`,
      })),
    );
    await this.notifications.notifyEach(em, { kind: 'coffee_matched', link: '/coffee', recipients });
  }
}
