import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MemberEntity } from '../members/member.entity';
import { CoffeeRoundEntity } from './coffee-round.entity';

/** A pair (or the one trio of an odd round) of a weekly round; either of them may mark «we met». */
@Entity('coffee_matches')
@Index('coffee_matches_by_round', ['roundId'])
export class CoffeeMatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @ManyToOne(() => CoffeeRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: CoffeeRoundEntity;

  @Column({ name: 'met_at', type: 'timestamptz', nullable: true })
  metAt: Date | null;

  @Column({ name: 'met_marked_by', type: 'uuid', nullable: true })
  metMarkedBy: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'met_marked_by' })
  metMarker?: MemberEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
