import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Column, Unique } from 'typeorm';
import { MemberEntity } from '../members/member.entity';
import { CoffeeMatchEntity } from './coffee-match.entity';
import { CoffeeRoundEntity } from './coffee-round.entity';

/** Who is in a match. `round_id` is repeated here so that the database keeps a member in one match per round. */
@Entity('coffee_match_members')
@Unique('coffee_match_members_once_per_round', ['roundId', 'memberId'])
@Index('coffee_match_members_by_member', ['memberId'])
export class CoffeeMatchMemberEntity {
  @PrimaryColumn({ name: 'match_id', type: 'uuid' })
  matchId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @ManyToOne(() => CoffeeMatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id' })
  match?: CoffeeMatchEntity;

  @ManyToOne(() => CoffeeRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: CoffeeRoundEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;
}
