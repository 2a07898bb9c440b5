import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EmailComposer } from './email-composer';
import { EmailNotificationsRepository } from './email-notifications.repository';
import type { NewOutboxMessage } from './outbox.repository';
import { OutboxService } from './outbox.service';
import { UnsubscribeTokens } from './unsubscribe-tokens';

const BATCH = 100;
const MAX_BATCHES = 20;

@Injectable()
export class EmailDispatchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: EmailNotificationsRepository,
    private readonly outbox: OutboxService,
    private readonly composer: EmailComposer,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  /**
   * The `email.dispatch` job: each delivered notification not yet e-mailed whose category the member
   * wants instantly becomes one e-mail (dedupe `notification:<id>`), and one they want never is just
   * marked; daily and weekly ones wait for their digest. The e-mails and the marks are written in one
   * transaction. Quiet hours and focus need nothing here: a notification is delivered after them.
   * Returns how many e-mails it wrote.
   */
  async dispatch(now: Date): Promise<number> {
    let written = 0;
    for (let round = 0; round < MAX_BATCHES; round++) {
      const { seen, wrote } = await this.dataSource.transaction(async (em) => {
        const rows = await this.notifications.undispatched(em, now, BATCH);
        if (rows.length === 0) return { seen: 0, wrote: 0 };
        const sign = await this.tokens.signer(em);
        const messages: NewOutboxMessage[] = rows
          .filter((row) => row.status === 'active' && row.frequency === 'instant')
          .map((row) => {
            const recipient = { id: row.member_id, email: row.email, displayName: row.display_name, locale: row.locale };
            const email = this.composer.notification(recipient, { kind: row.kind, data: row.data, link: row.link }, sign);
            return { memberId: row.member_id, to: row.email, kind: 'notification', ...email, dedupeKey: `notification:${row.id}` };
          });
        const ids = await this.outbox.enqueue(em, messages);
        await this.notifications.markEmailed(em, rows.map((row) => row.id), now);
        return { seen: rows.length, wrote: ids.length };
      });
      written += wrote;
      if (seen < BATCH) break;
    }
    if (written > 0) await this.outbox.sendSoon();
    return written;
  }
}
