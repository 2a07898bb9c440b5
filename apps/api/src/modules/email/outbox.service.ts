import { Injectable, Logger } from '@nestjs/common';
import type { ListOutboxQuery, OutboxPage } from '@tertulia/domain';
import type { EntityManager } from 'typeorm';
import { JobScheduler } from '../jobs/job-scheduler';
import { Mailer, SmtpError } from './mailer';
import { toOutboxMessage } from './outbox.mapper';
import { OutboxRepository, type NewOutboxMessage } from './outbox.repository';

/** The one-off job that drains the outbox at once (after an invitation or an instant e-mail is written). */
export const SEND_NOW_JOB = 'email.send-now';

const BATCH = 20;
/** Longer than a batch can take with the mailer's timeouts, so a message is never sent by two processes at once. */
const LEASE_MINUTES = 15;
/** A run sends at most this many batches; the next run goes on. */
const MAX_BATCHES = 25;

export interface SendReport {
  sent: number;
  failed: number;
}

@Injectable()
export class OutboxService {
  private readonly logger = new Logger('EmailOutbox');

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly mailer: Mailer,
    private readonly scheduler: JobScheduler,
  ) {}

  /** Writes e-mails in the caller's transaction (an e-mail about a change that rolled back is never sent). */
  enqueue(em: EntityManager, messages: NewOutboxMessage[]): Promise<string[]> {
    return this.outbox.insert(em, messages);
  }

  /** Asks for the outbox to be drained now rather than at the next minute. Call it after the transaction committed. */
  async sendSoon(): Promise<void> {
    try {
      await this.scheduler.enqueue(SEND_NOW_JOB, {});
    } catch (error) {
      // The every-minute run sends it anyway.
      this.logger.warn(`could not queue ${SEND_NOW_JOB}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * The `email.send` job: sends the due messages, oldest first. A message the server takes is `sent`;
   * one it refuses waits 1, 2, 4 … (at most 60) minutes with its error; when the server cannot be
   * reached, the rest of the batch waits too and the run stops. Without SMTP_URL nothing is sent.
   */
  async sendDue(now: Date): Promise<SendReport> {
    const report: SendReport = { sent: 0, failed: 0 };
    if (!this.mailer.configured) return report;
    for (let round = 0; round < MAX_BATCHES; round++) {
      const batch = await this.outbox.claimDue(now, LEASE_MINUTES, BATCH);
      for (const [index, message] of batch.entries()) {
        try {
          await this.mailer.send({
            id: message.id,
            to: message.to_address,
            subject: message.subject,
            text: message.text_body,
            html: message.html_body,
            headers: message.headers,
          });
        } catch (error) {
          const failure = error instanceof SmtpError ? error : new SmtpError(String(error), true);
          const waiting = failure.serverDown ? batch.slice(index).map((claimed) => claimed.id) : [message.id];
          await this.outbox.markFailed(waiting, now, failure.message);
          report.failed += waiting.length;
          this.logger.warn(`e-mail not sent (${waiting.length} waiting): ${failure.message}`);
          if (failure.serverDown) return report;
          continue;
        }
        await this.outbox.markSent(message.id);
        report.sent++;
      }
      if (batch.length < BATCH) break;
    }
    return report;
  }

  async list(query: ListOutboxQuery): Promise<OutboxPage> {
    const page = await this.outbox.list(query);
    return {
      items: page.items.map(toOutboxMessage),
      nextCursor: page.nextCursor,
      smtpConfigured: this.mailer.configured,
      pending: await this.outbox.countPending(),
    };
  }
}
