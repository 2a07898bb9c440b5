import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EventFormat, EventStatus } from '@tertulia/domain';
import { CircleEntity } from '../circles/circle.entity';
import { MemberEntity } from '../members/member.entity';

/** An event for the whole space (`circle_id` null) or for one circle. */
@Entity('events')
@Check('events_ordered', 'ends_at > starts_at')
@Check('events_capacity_positive', 'capacity IS NULL OR capacity > 0')
@Check('events_format_known', "format IN ('talk', 'workshop', 'social', 'networking_lunch')")
@Check('events_status_known', "status IN ('scheduled', 'cancelled')")
@Index('events_by_start', ['startsAt', 'id'])
@Index('events_by_circle', ['circleId', 'startsAt'])
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  /** Markdown. */
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** IANA name, for showing and for calendar files. */
  @Column({ type: 'text' })
  timezone: string;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Column({ name: 'rsvp_deadline', type: 'timestamptz', nullable: true })
  rsvpDeadline: Date | null;

  @Column({ type: 'text', default: 'social' })
  format: EventFormat;

  @Column({ type: 'text', default: 'scheduled' })
  status: EventStatus;

  @Column({ name: 'circle_id', type: 'uuid', nullable: true })
  circleId: string | null;

  @ManyToOne(() => CircleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'circle_id' })
  circle?: CircleEntity | null;

  @Column({ name: 'organiser_id', type: 'uuid' })
  organiserId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organiser_id' })
  organiser?: MemberEntity;

  /** The cover image's file name under UPLOADS_DIR. */
  @Column({ name: 'cover_file', type: 'text', nullable: true })
  coverFile: string | null;

  /** iCalendar SEQUENCE: grows at every change that calendars must pick up. */
  @Column({ type: 'int', default: 0 })
  sequence: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
