import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { Config } from '../../config/config.schema';
import { APP_CONFIG } from '../../config/load-config';

export interface OutgoingEmail {
  /** The outbox row's id: it makes the Message-ID, so a message sent again is recognised as the same one. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
}

/**
 * Failures of the message itself (the server refused this recipient or this content). Any other
 * failure (no connection, timeout, TLS, authentication) is the server's, and holds for every message.
 */
const MESSAGE_FAILURES = new Set(['EENVELOPE', 'EMESSAGE']);

export class SmtpError extends Error {
  constructor(
    message: string,
    /** True when the server could not be reached or used at all: the messages after this one would fail too. */
    readonly serverDown: boolean,
  ) {
    super(message);
  }
}

/** Hands e-mails to the SMTP server of SMTP_URL; without it nothing is sent (messages wait in the outbox). */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter | null;
  private readonly from: string;
  private readonly messageIdDomain: string;

  constructor(@Inject(APP_CONFIG) config: Config) {
    this.from = config.MAIL_FROM;
    this.messageIdDomain = /@([^>\s]+)>?\s*$/.exec(config.MAIL_FROM)?.[1] ?? 'tertulia.localhost';
    this.transport = config.SMTP_URL
      ? createTransport({
          url: config.SMTP_URL,
          // A server that does not answer fails the attempt soon; the outbox tries again later.
          connectionTimeout: 15_000,
          greetingTimeout: 15_000,
          socketTimeout: 30_000,
        })
      : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  async send(email: OutgoingEmail): Promise<void> {
    if (!this.transport) throw new SmtpError('No SMTP server is configured (SMTP_URL).', true);
    try {
      await this.transport.sendMail({
        from: this.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        ...(email.html ? { html: email.html } : {}),
        headers: email.headers,
        messageId: `<${email.id}@${this.messageIdDomain}>`,
      });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const message = error instanceof Error ? error.message : String(error);
      throw new SmtpError(message.slice(0, 1000), !(typeof code === 'string' && MESSAGE_FAILURES.has(code)));
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
