import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { CoffeeInvitationStatus } from '@tertulia/domain';
import { MemberEntity } from '../members/member.entity';

/**
 * A member invites a coworker for a coffee at one of 1–3 times. Answered once, under the row's lock. `held_until`
 * is the invitee's focus end when it was sent: until then (unless their focus ends earlier) they do not see it.
 */
@Entity('coffee_invitations')
@Check('coffee_invitations_not_self', 'inviter_id <> invitee_id')
@Check('coffee_invitations_times', 'cardinality(proposed_times) BETWEEN 1 AND 3')
@Check('coffee_invitations_status_known', "status IN ('pending', 'accepted', 'declined')")
@Check('coffee_invitations_chosen_when_accepted', "(status = 'accepted') = (chosen_time IS NOT NULL)")
@Check('coffee_invitations_message_short', 'char_length(message) <= 280')
@Index('coffee_invitations_one_pending', ['inviterId', 'inviteeId'], { unique: true, where: "status = 'pending'" })
@Index('coffee_invitations_received', ['inviteeId', 'createdAt', 'id'])
@Index('coffee_invitations_sent', ['inviterId', 'createdAt', 'id'])
export class CoffeeInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'inviter_id', type: 'uuid' })
  inviterId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inviter_id' })
  inviter?: MemberEntity;

  @Column({ name: 'invitee_id', type: 'uuid' })
  inviteeId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invitee_id' })
  invitee?: MemberEntity;

  @Column({ name: 'proposed_times', type: 'timestamptz', array: true })
  proposedTimes: Date[];

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'text', default: 'pending' })
  status: CoffeeInvitationStatus;

  @Column({ name: 'chosen_time', type: 'timestamptz', nullable: true })
  chosenTime: Date | null;

  @Column({ name: 'held_until', type: 'timestamptz', nullable: true })
  heldUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}
