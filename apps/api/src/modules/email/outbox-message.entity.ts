import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { OutboxKind, OutboxStatus } from '@tertulia/domain';
import { MemberEntity } from '../members/member.entity';

/**
 * An e-mail waiting for, or handed to, the SMTP server. Nothing is dropped: a failed attempt only
 * moves `next_attempt_at` later. `dedupe_key` makes each e-mail exist once (a notification, a
 * member's digest of a day) whichever process writes it.
 */
@Entity('email_outbox')
@Unique('email_outbox_once', ['dedupeKey'])
@Check('email_outbox_status_known', "status IN ('pending', 'sent')")
@Check('email_outbox_kind_known', "kind IN ('notification', 'daily_digest', 'weekly_digest', 'invitation')")
@Index('email_outbox_due', ['status', 'nextAttemptAt'])
@Index('email_outbox_newest', ['createdAt', 'id'])
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity | null;

  @Column({ name: 'to_address', type: 'text' })
  toAddress: string;

  @Column({ type: 'text' })
  kind: OutboxKind;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody: string;

  @Column({ name: 'html_body', type: 'text', nullable: true })
  htmlBody: string | null;

  /** Extra headers, e.g. List-Unsubscribe. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  headers: Record<string, string>;

  @Column({ type: 'text', default: 'pending' })
  status: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true, default: () => 'now()' })
  nextAttemptAt: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
