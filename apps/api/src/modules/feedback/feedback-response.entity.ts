import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { MemberEntity } from '../members/member.entity';
import { FeedbackRequestEntity } from './feedback-request.entity';

/** One reviewer's answer to a request: one per reviewer (the unique constraint decides). */
@Entity('feedback_responses')
@Unique('feedback_responses_one_per_reviewer', ['requestId', 'reviewerId'])
@Check('feedback_responses_thanks', '(thanked_at IS NULL) = (thanks_message IS NULL)')
@Index('feedback_responses_by_reviewer', ['reviewerId', 'createdAt'])
export class FeedbackResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => FeedbackRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: FeedbackRequestEntity;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reviewer_id' })
  reviewer?: MemberEntity;

  /** One per question (written feedback). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  answers: string[];

  /** Times offered for a coffee. */
  @Column({ name: 'proposed_times', type: 'timestamptz', array: true, default: () => "'{}'" })
  proposedTimes: Date[];

  @Column({ type: 'text', nullable: true })
  message: string | null;

  /** Set when the requester marked it helpful. */
  @Column({ name: 'helpful_at', type: 'timestamptz', nullable: true })
  helpfulAt: Date | null;

  @Column({ name: 'thanks_message', type: 'text', nullable: true })
  thanksMessage: string | null;

  @Column({ name: 'thanked_at', type: 'timestamptz', nullable: true })
  thankedAt: Date | null;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
