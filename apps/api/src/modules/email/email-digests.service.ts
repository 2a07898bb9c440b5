import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Config } from '../../config/config.schema';
import { APP_CONFIG } from '../../config/load-config';
import { celebratedOn, daysFrom, wallClock } from './community-clock';
import { EmailComposer, type CelebrationItem } from './email-composer';
import { EmailNotificationsRepository, type CelebrantRow, type DigestCandidateRow } from './email-notifications.repository';
import { OutboxService } from './outbox.service';
import { UnsubscribeTokens, type UnsubscribeSigner } from './unsubscribe-tokens';

/** Digests go from this hour on (community time), at the first run outside the member's quiet hours and focus. */
export const DIGEST_HOUR = 8;

type Frequency = 'daily' | 'weekly';

const digestKind = (frequency: Frequency) => (frequency === 'daily' ? 'daily_digest' : 'weekly_digest');

@Injectable()
export class EmailDigestsService {
  private readonly logger = new Logger('EmailDigests');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Config,
    private readonly notifications: EmailNotificationsRepository,
    private readonly outbox: OutboxService,
    private readonly composer: EmailComposer,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  /**
   * The `digests.daily` job (hourly): from 08:00 community time, each member who is outside their
   * quiet hours and focus gets, once that day (dedupe `daily_digest:<member>:<date>`), their
   * delivered, un-e-mailed notifications of «daily» categories and, if celebrations are «daily»,
   * today's birthdays and coworking anniversaries. Nothing to say: no e-mail. Returns how many it wrote.
   */
  daily(now: Date): Promise<number> {
    return this.run('daily', now);
  }

  /** The `digests.weekly` job: the same on Mondays, for «weekly» categories and the coming week's celebrations. */
  weekly(now: Date): Promise<number> {
    return this.run('weekly', now);
  }

  private async run(frequency: Frequency, now: Date): Promise<number> {
    const clock = wallClock(now, this.config.COMMUNITY_TIMEZONE);
    if (clock.hour < DIGEST_HOUR || (frequency === 'weekly' && clock.weekday !== 1)) return 0;
    const kind = digestKind(frequency);
    const candidates = await this.notifications.digestCandidates(
      now,
      frequency,
      { prefix: `${kind}:`, suffix: `:${clock.date}` },
      this.config.COMMUNITY_TIMEZONE,
    );
    if (candidates.length === 0) return 0;
    const days = daysFrom(clock.date, frequency === 'daily' ? 1 : 7);
    const celebrations = candidates.some((member) => member.celebrations === frequency) ? await this.celebrations(days) : [];
    // Someone with nothing waiting hears only of celebrations (and not of their own).
    const withSomething = candidates.filter(
      (member) =>
        member.has_items || (member.celebrations === frequency && celebrations.some((celebration) => celebration.memberId !== member.id)),
    );
    if (withSomething.length === 0) return 0;
    const sign = await this.tokens.signer();
    let written = 0;
    for (const member of withSomething) {
      try {
        if (await this.digestFor(member, frequency, clock.date, now, celebrations, sign)) written++;
      } catch (error) {
        // One member's digest failing does not hold back the others'; the next hourly run tries again.
        this.logger.error(`${kind} of ${member.id} failed: ${error instanceof Error ? error.stack : String(error)}`);
      }
    }
    if (written > 0) await this.outbox.sendSoon();
    return written;
  }

  /** One member's digest: written with the marks on its notifications in one transaction, or not at all. */
  private digestFor(
    member: DigestCandidateRow,
    frequency: Frequency,
    date: string,
    now: Date,
    celebrations: CelebrationItem[],
    sign: UnsubscribeSigner,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const items = await this.notifications.digestItems(em, member.id, now, frequency);
      const toCongratulate =
        member.celebrations === frequency ? celebrations.filter((celebration) => celebration.memberId !== member.id) : [];
      if (items.length === 0 && toCongratulate.length === 0) return false;
      const recipient = { id: member.id, email: member.email, displayName: member.display_name, locale: member.locale };
      const email = this.composer.digest(recipient, frequency, date, items, toCongratulate, sign);
      const kind = digestKind(frequency);
      const written = await this.outbox.enqueue(em, [
        { memberId: member.id, to: member.email, kind, ...email, dedupeKey: `${kind}:${member.id}:${date}` },
      ]);
      if (written.length === 0) return false;
      await this.notifications.markEmailed(em, items.map((item) => item.id), now);
      return true;
    });
  }

  /** Birthdays (of those who show them) and anniversaries (a year or more) on these days, by day then name. */
  private async celebrations(days: string[]): Promise<CelebrationItem[]> {
    const monthDays = [...new Set(days.flatMap(celebratedOn))];
    const celebrants = await this.notifications.celebrants(monthDays, this.config.COMMUNITY_TIMEZONE);
    return days.flatMap((day) => {
      const celebrated = celebratedOn(day);
      return celebrants.flatMap((celebrant: CelebrantRow): CelebrationItem[] => {
        const found: CelebrationItem[] = [];
        if (celebrant.birthday && celebrated.includes(celebrant.birthday)) {
          found.push({ kind: 'birthday', memberId: celebrant.id, name: celebrant.display_name, date: day, years: 0 });
        }
        const years = celebrant.joined_on ? Number(day.slice(0, 4)) - Number(celebrant.joined_on.slice(0, 4)) : 0;
        if (celebrant.joined_on && years >= 1 && celebrated.includes(celebrant.joined_on.slice(5))) {
          found.push({ kind: 'anniversary', memberId: celebrant.id, name: celebrant.display_name, date: day, years });
        }
        return found;
      });
    });
  }
}
