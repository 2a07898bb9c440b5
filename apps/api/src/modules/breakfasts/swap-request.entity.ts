import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MemberEntity } from '../members/member.entity';
import { BreakfastSessionEntity } from './breakfast-session.entity';

/** A presenter proposes to trade dates with another presenter, who accepts or declines. */
@Entity('breakfast_swap_requests')
@Check('breakfast_swap_requests_status_known', "status IN ('pending', 'accepted', 'declined')")
@Index('breakfast_swap_requests_one_pending_per_session', ['fromSessionId'], { unique: true, where: "status = 'pending'" })
export class SwapRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'from_session_id', type: 'uuid' })
  fromSessionId: string;

  @ManyToOne(() => BreakfastSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_session_id' })
  fromSession?: BreakfastSessionEntity;

  @Index('breakfast_swap_requests_to_session')
  @Column({ name: 'to_session_id', type: 'uuid' })
  toSessionId: string;

  @ManyToOne(() => BreakfastSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_session_id' })
  toSession?: BreakfastSessionEntity;

  @Column({ name: 'proposer_id', type: 'uuid' })
  proposerId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposer_id' })
  proposer?: MemberEntity;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: MemberEntity;

  @Column({ type: 'text', default: 'pending' })
  status: 'pending' | 'accepted' | 'declined';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
