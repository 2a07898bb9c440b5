import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OutboxKind, OutboxStatus } from '@tertulia/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, toPage } from '../../common/http/cursor';
import { invalidCursor } from './email.errors';
import type { OutboxRow } from './outbox.mapper';

/** An e-mail to write into the outbox; `dedupeKey` makes it exist once, whoever writes it and however often. */
export interface NewOutboxMessage {
  memberId: string | null;
  to: string;
  kind: OutboxKind;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
  dedupeKey: string;
}

/** A message claimed for sending. */
export interface ClaimedMessage {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  headers: Record<string, string>;
  attempts: number;
  created_at: Date;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isCursorTime = (value: string | number | undefined): value is string =>
  typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));

/** The e-mail outbox: written in the transactions that decide an e-mail, drained by the `email.send` job. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One statement for any number of messages; a message whose dedupe key exists already is left out. The ids written. */
  async insert(em: EntityManager, messages: NewOutboxMessage[]): Promise<string[]> {
    if (messages.length === 0) return [];
    const rows: { id: string }[] = await em.query(
      `INSERT INTO email_outbox (member_id, to_address, kind, subject, text_body, html_body, headers, dedupe_key)
       SELECT x.member_id, x.to_address, x.kind, x.subject, x.text_body, x.html_body, coalesce(x.headers, '{}'::jsonb), x.dedupe_key
         FROM jsonb_to_recordset($1::jsonb)
           AS x(member_id uuid, to_address text, kind text, subject text, text_body text, html_body text, headers jsonb, dedupe_key text)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        JSON.stringify(
          messages.map((message) => ({
            member_id: message.memberId,
            to_address: message.to,
            kind: message.kind,
            subject: message.subject,
            text_body: message.text,
            html_body: message.html,
            headers: message.headers,
            dedupe_key: message.dedupeKey,
          })),
        ),
      ],
    );
    return rows.map((row) => row.id);
  }

  /** Invitation e-mails to this person that have not left yet (their invitation is being replaced or withdrawn). */
  async deletePendingInvitations(em: EntityManager, memberId: string): Promise<void> {
    await em.query(`DELETE FROM email_outbox WHERE member_id = $1 AND kind = 'invitation' AND status = 'pending'`, [memberId]);
  }

  /**
   * Claims up to `limit` due messages in one statement: each gets an attempt counted and is leased
   * (not due) for `leaseMinutes`, so another process skips it (SKIP LOCKED) and, should this process
   * die while sending, it becomes due again when the lease ends. No transaction stays open while sending.
   */
  async claimDue(now: Date, leaseMinutes: number, limit: number): Promise<ClaimedMessage[]> {
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [rows] = (await this.dataSource.query(
      `UPDATE email_outbox o
          SET attempts = o.attempts + 1, next_attempt_at = $1::timestamptz + make_interval(mins => $2::int)
        WHERE o.id IN (SELECT d.id FROM email_outbox d
                        WHERE d.status = 'pending' AND d.next_attempt_at <= $1::timestamptz
                        ORDER BY d.next_attempt_at, d.created_at, d.id
                        LIMIT $3
                          FOR UPDATE SKIP LOCKED)
       RETURNING o.id, o.to_address, o.subject, o.text_body, o.html_body, o.headers, o.attempts, o.created_at`,
      [now, leaseMinutes, limit],
    )) as [ClaimedMessage[], number];
    return rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id));
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE email_outbox SET status = 'sent', sent_at = now(), next_attempt_at = NULL, last_error = NULL WHERE id = $1`,
      [id],
    );
  }

  /** Due again after 1, 2, 4 … minutes (the attempts made so far), at most an hour; never dropped. */
  async markFailed(ids: string[], now: Date, error: string): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE email_outbox
          SET last_error = $3,
              next_attempt_at = $2::timestamptz + make_interval(mins => least(60, power(2, greatest(attempts, 1) - 1))::int)
        WHERE id = ANY($1::uuid[]) AND status = 'pending'`,
      [ids, now, error],
    );
  }

  /** A page of the outbox, newest first (keyset on created_at to the microsecond, id). One statement. */
  async list(filter: { status?: OutboxStatus; cursor?: string; limit: number }) {
    const after = decodeCursor(filter.cursor, 2);
    if (after && !(isCursorTime(after[0]) && typeof after[1] === 'string' && UUID.test(after[1]))) throw invalidCursor();
    const values: unknown[] = [];
    const conditions: string[] = [];
    if (filter.status) {
      values.push(filter.status);
      conditions.push(`o.status = $${values.length}`);
    }
    if (after) {
      values.push(after[0], after[1]);
      conditions.push(`(o.created_at, o.id) < ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
    }
    values.push(filter.limit + 1);
    const rows: (OutboxRow & { created_key: string })[] = await this.dataSource.query(
      `SELECT o.id, o.to_address, o.subject, o.text_body, o.kind, o.status, o.attempts, o.next_attempt_at, o.last_error,
              o.sent_at, o.created_at,
              to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key
         FROM email_outbox o
        ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY o.created_at DESC, o.id DESC
        LIMIT $${values.length}`,
      values,
    );
    return toPage(rows, filter.limit, (row) => [row.created_key, row.id]);
  }

  async countPending(): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS pending FROM email_outbox WHERE status = 'pending'`)) as {
      pending: number;
    }[];
    return row?.pending ?? 0;
  }
}
