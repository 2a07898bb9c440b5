import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { FeedbackAudience, FeedbackFormat } from '@tertulia/domain';
import { MemberEntity } from '../members/member.entity';

/** A member asks others for feedback on a project, respecting their time (minutes, cap, deadline). */
@Entity('feedback_requests')
@Check('feedback_requests_format_known', "format IN ('async', 'coffee')")
@Check('feedback_requests_audience_known', "audience IN ('all', 'invited')")
@Check('feedback_requests_questions', 'cardinality(questions) BETWEEN 1 AND 5')
@Check('feedback_requests_minutes', 'minutes BETWEEN 1 AND 30')
@Check('feedback_requests_cap', 'cap BETWEEN 1 AND 10')
@Index('feedback_requests_newest', ['createdAt', 'id'])
@Index('feedback_requests_by_requester', ['requesterId', 'createdAt'])
// Written by hand in the migration (GIN): TypeORM leaves it alone.
@Index('feedback_requests_expertise_keys', { synchronize: false })
export class FeedbackRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'requester_id', type: 'uuid' })
  requesterId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requester_id' })
  requester?: MemberEntity;

  @Column({ type: 'text' })
  title: string;

  /** Markdown. */
  @Column({ type: 'text' })
  context: string;

  @Column({ type: 'text', array: true })
  questions: string[];

  @Column({ type: 'text' })
  format: FeedbackFormat;

  @Column({ type: 'int' })
  minutes: number;

  /** The last day for answers, in the community's time zone. */
  @Column({ type: 'date' })
  deadline: string;

  /** The end of the deadline's day in the community's time zone: answers close then. */
  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise: string[];

  /** Maintained by a trigger (feedback_requests_expertise_refresh): the expertise folded, to match skills. */
  @Column({ name: 'expertise_keys', type: 'text', array: true, nullable: true, select: false, insert: false, update: false })
  expertiseKeys?: string[];

  @Column({ type: 'int' })
  cap: number;

  @Column({ type: 'text', default: 'all' })
  audience: FeedbackAudience;

  /** Closed by the requester (or by the deadline job); past `closes_at` it is closed anyway. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
