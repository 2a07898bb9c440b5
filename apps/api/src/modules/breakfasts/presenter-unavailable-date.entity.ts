import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '../members/member.entity';

/** A date a member cannot present (marked by them, or left by declining that date's slot). */
@Entity('presenter_unavailable_dates')
export class PresenterUnavailableDateEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @PrimaryColumn({ type: 'date' })
  date: string;
}
