import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '../members/member.entity';

/**
 * A member's personal calendar feed. The token is a capability (the feed URL is shown again
 * whenever they open the page), so it is kept as is; regenerating replaces it.
 */
@Entity('calendar_feeds')
export class CalendarFeedEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @OneToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Index('calendar_feeds_token_unique', { unique: true })
  @Column({ type: 'text' })
  token: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
