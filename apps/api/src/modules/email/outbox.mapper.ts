import type { OutboxKind, OutboxMessage, OutboxStatus } from '@tertulia/domain';

export interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  kind: OutboxKind;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: Date | null;
  last_error: string | null;
  sent_at: Date | null;
  created_at: Date;
}

/** The manager's view of an e-mail: its plain text is what they read when no SMTP server is configured. */
export function toOutboxMessage(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    text: row.text_body,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? (row.next_attempt_at?.toISOString() ?? null) : null,
    lastError: row.last_error,
    sentAt: row.sent_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}
