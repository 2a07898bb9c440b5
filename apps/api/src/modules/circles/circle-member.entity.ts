import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { CircleRole } from '@tertulia/domain';
import { MemberEntity } from '../members/member.entity';
import { CircleEntity } from './circle.entity';

/** A member's place in a circle: admin or member, active or waiting for approval. */
@Entity('circle_members')
@Check('circle_members_role_known', "role IN ('admin', 'member')")
@Check('circle_members_status_known', "status IN ('active', 'pending')")
@Index('circle_members_by_member', ['memberId', 'circleId'])
export class CircleMemberEntity {
  @PrimaryColumn({ name: 'circle_id', type: 'uuid' })
  circleId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => CircleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'circle_id' })
  circle?: CircleEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'text', default: 'member' })
  role: CircleRole;

  @Column({ type: 'text', default: 'active' })
  status: 'active' | 'pending';

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}
