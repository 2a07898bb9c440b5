import { Inject, Injectable } from '@nestjs/common';
import { COFFEE_SNOOZE_MAX_DAYS, type CoffeeMatch, type CoffeeSettings, type CurrentCoffeeMatch, type UpdateCoffeeSettings } from '@tertulia/domain';
import type { AuthenticatedMember } from '../../common/auth/authenticated-member';
import { addDays, todayIn } from '../../common/time/today';
import type { Config } from '../../config/config.schema';
import { APP_CONFIG } from '../../config/load-config';
import { toMemberRef } from '../members/member-ref';
import { toCoffeeMatch } from './coffee.mapper';
import { matchNotFound, memberNotEligible, snoozeOutOfRange } from './coffee.errors';
import { CoffeeRepository } from './coffee.repository';

/** A member's own coffee settings (with the private do-not-pair list) and their weekly matches. */
@Injectable()
export class CoffeeSettingsService {
  constructor(
    private readonly coffee: CoffeeRepository,
    @Inject(APP_CONFIG) private readonly config: Config,
  ) {}

  /** Only ever the reader's own: nobody else (the manager included) has a route to another's list. */
  async settings(member: AuthenticatedMember): Promise<CoffeeSettings> {
    const preference = await this.coffee.preference(member.id);
    const doNotPair = await this.coffee.doNotPair(member.id);
    return {
      optIn: preference?.opt_in ?? false,
      snoozeUntil: preference?.snooze_until ?? null,
      doNotPair: doNotPair.map(toMemberRef),
    };
  }

  /** One transaction: the choice and (when given) the whole list, or nothing if an entry is not an active member. */
  async update(member: AuthenticatedMember, input: UpdateCoffeeSettings): Promise<CoffeeSettings> {
    const snoozeUntil = input.snoozeUntil ?? null;
    if (snoozeUntil !== null) {
      const today = todayIn(this.config.COMMUNITY_TIMEZONE);
      const last = addDays(today, COFFEE_SNOOZE_MAX_DAYS);
      if (snoozeUntil < today || snoozeUntil > last) throw snoozeOutOfRange(today, last);
    }
    await this.coffee.manager.transaction(async (em) => {
      if (input.doNotPair) {
        const allowed = await this.coffee.activeOthers(em, input.doNotPair, member.id);
        const wrong = input.doNotPair.findIndex((id) => !allowed.has(id));
        if (wrong >= 0) throw memberNotEligible(`doNotPair.${wrong}`);
        await this.coffee.replaceDoNotPair(em, member.id, input.doNotPair);
      }
      await this.coffee.savePreference(em, member.id, input.optIn, snoozeUntil);
    });
    return this.settings(member);
  }

  /** The reader's match of the newest round; null when there is no round yet or they were not in it. */
  async current(member: AuthenticatedMember): Promise<CurrentCoffeeMatch> {
    const row = await this.coffee.match(member.id, { latest: true });
    return { match: row ? toCoffeeMatch(row) : null };
  }

  /** «We met»: either member of the match may say it; saying it again changes nothing. */
  async markMet(member: AuthenticatedMember, matchId: string): Promise<CoffeeMatch> {
    if (!(await this.coffee.markMet(member.id, matchId))) throw matchNotFound();
    const row = await this.coffee.match(member.id, { matchId });
    if (!row) throw matchNotFound();
    return toCoffeeMatch(row);
  }
}
