import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { CircleKind, JoinPolicy } from '@tertulia/domain';
import { MemberEntity } from '../members/member.entity';

/** A company inside the space, or an interest circle. */
@Entity('circles')
@Check('circles_kind_known', "kind IN ('company', 'interest')")
@Check('circles_join_policy_known', "join_policy IN ('open', 'approval')")
@Index('circles_name_order', ['name', 'id'])
export class CircleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', collation: 'und-x-icu' })
  name: string;

  @Column({ type: 'text' })
  kind: CircleKind;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'join_policy', type: 'text', default: 'open' })
  joinPolicy: JoinPolicy;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: MemberEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
