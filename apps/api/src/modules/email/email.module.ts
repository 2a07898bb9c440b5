import { Module } from '@nestjs/common';
import { EmailComposer } from './email-composer';
import { EmailDigestsService } from './email-digests.service';
import { EmailDispatchService } from './email-dispatch.service';
import { EmailJobs } from './email.jobs';
import { EmailNotificationsRepository } from './email-notifications.repository';
import { InvitationEmail } from './invitation-email';
import { Mailer } from './mailer';
import { OutboxController } from './outbox.controller';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeRepository } from './unsubscribe.repository';
import { UnsubscribeService } from './unsubscribe.service';
import { UnsubscribeTokens } from './unsubscribe-tokens';

/**
 * E-mail: the outbox (written in the transactions that decide an e-mail, sent over SMTP with retries),
 * instant e-mails and daily/weekly digests of notifications, the invitation e-mail, one-click
 * unsubscribe, and the manager's view of the outbox. Uses the global JobScheduler.
 */
@Module({
  controllers: [OutboxController, UnsubscribeController],
  providers: [
    Mailer,
    OutboxRepository,
    OutboxService,
    EmailComposer,
    EmailNotificationsRepository,
    EmailDispatchService,
    EmailDigestsService,
    UnsubscribeRepository,
    UnsubscribeTokens,
    UnsubscribeService,
    InvitationEmail,
    EmailJobs,
  ],
  exports: [InvitationEmail, OutboxService, EmailDispatchService, EmailDigestsService],
})
export class EmailModule {}
