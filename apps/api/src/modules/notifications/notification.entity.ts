import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { NotificationKind } from '@tertulia/domain';
import { MemberEntity } from '../members/member.entity';

/**
 * Something a member is told. Written in the same transaction as the change it tells about.
 * `deliver_at` holds it back during quiet hours or focus (it shows, and may be e-mailed, from then on);
 * `dedupe_key` makes a scheduled reminder exist once per member whichever process writes it.
 */
@Entity('notifications')
@Unique('notifications_once', ['memberId', 'dedupeKey'])
@Index('notifications_inbox', ['memberId', 'deliverAt', 'id'])
@Index('notifications_to_email', ['emailedAt', 'deliverAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'text' })
  kind: NotificationKind;

  /** What the sentence needs: names, titles, ISO dates. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  data: Record<string, string>;

  /** A portal path, e.g. `/events/…`. */
  @Column({ type: 'text' })
  link: string;

  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When it may be shown and e-mailed: after the member's quiet hours and focus. */
  @Column({ name: 'deliver_at', type: 'timestamptz', default: () => 'now()' })
  deliverAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** Set once it went into the outbox (alone, or in a digest), or when the member's choice is «never». */
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;
}
