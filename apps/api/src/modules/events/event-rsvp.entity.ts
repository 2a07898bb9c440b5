import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { RsvpStatus } from '@tertulia/domain';
import { MemberEntity } from '../members/member.entity';
import { EventEntity } from './event.entity';

/**
 * A member's answer to an event. The waitlist is ordered by `waitlist_seq` (the largest so far
 * plus one, taken while the event row is locked); positions are ranks in that order: 1, 2, 3…
 */
@Entity('event_rsvps')
@Check('event_rsvps_status_known', "status IN ('going', 'waitlisted', 'not_going')")
@Check('event_rsvps_waitlist_seq', "(status = 'waitlisted') = (waitlist_seq IS NOT NULL)")
@Index('event_rsvps_by_status', ['eventId', 'status', 'waitlistSeq'])
@Index('event_rsvps_by_member', ['memberId', 'status'])
export class EventRsvpEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'text' })
  status: RsvpStatus;

  /** Counted, not listed. */
  @Column({ type: 'boolean', default: false })
  private: boolean;

  @Column({ name: 'waitlist_seq', type: 'bigint', nullable: true })
  waitlistSeq: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
