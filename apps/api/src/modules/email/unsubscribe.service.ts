import { Injectable } from '@nestjs/common';
import { NOTIFICATION_CATEGORIES, type UnsubscribeResult } from '@tertulia/domain';
import { unsubscribeLinkInvalid } from './email.errors';
import { UnsubscribeRepository } from './unsubscribe.repository';
import { UnsubscribeTokens } from './unsubscribe-tokens';

@Injectable()
export class UnsubscribeService {
  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly repository: UnsubscribeRepository,
  ) {}

  /**
   * A category's link sets that category to «never»; a digest's link sets every category now at
   * that digest's frequency (celebrations included) to «never». Idempotent.
   */
  async unsubscribe(token: string): Promise<UnsubscribeResult> {
    const claim = await this.tokens.verify(token);
    if (!claim) throw unsubscribeLinkInvalid();
    const { memberId, scope } = claim;
    const categories =
      scope === 'daily_digest' || scope === 'weekly_digest'
        ? await this.repository.setNever(memberId, NOTIFICATION_CATEGORIES, scope === 'daily_digest' ? 'daily' : 'weekly')
        : await this.repository.setNever(memberId, [scope]);
    if (!categories) throw unsubscribeLinkInvalid();
    return { scope, categories };
  }
}
