import { Check, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '../members/member.entity';

/**
 * One entry of a member's private do-not-pair list: the weekly pairing never puts them together. Read only by the
 * round (as pairs, never shown) and by the list's owner.
 */
@Entity('coffee_do_not_pair')
@Check('coffee_do_not_pair_not_self', 'member_id <> other_id')
@Index('coffee_do_not_pair_by_other', ['otherId'])
export class CoffeeDoNotPairEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @PrimaryColumn({ name: 'other_id', type: 'uuid' })
  otherId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'other_id' })
  other?: MemberEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
