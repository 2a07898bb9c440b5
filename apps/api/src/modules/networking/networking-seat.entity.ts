import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '../members/member.entity';
import { NetworkingPlanEntity } from './networking-plan.entity';

/** Where one person sits in one round of a lunch's plan (1-based round and table): once per round. */
@Entity('networking_seats')
@Check('networking_seats_round', '"round" >= 1')
@Check('networking_seats_table', 'table_no >= 1')
@Index('networking_seats_by_table', ['eventId', 'round', 'tableNo'])
@Index('networking_seats_by_member', ['memberId'])
export class NetworkingSeatEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @PrimaryColumn({ type: 'int' })
  round: number;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'table_no', type: 'int' })
  tableNo: number;

  @ManyToOne(() => NetworkingPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  plan?: NetworkingPlanEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;
}
