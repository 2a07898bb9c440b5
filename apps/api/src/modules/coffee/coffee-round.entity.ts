import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MemberEntity } from '../members/member.entity';

/**
 * One weekly pairing. At most one per week (`week_of`, the Monday, unique): the weekly job and a manager's
 * «start a round now» race for it and the database lets exactly one write.
 */
@Entity('coffee_rounds')
@Unique('coffee_rounds_one_per_week', ['weekOf'])
export class CoffeeRoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'week_of', type: 'date' })
  weekOf: string;

  /** The manager who started it; null for the weekly job. */
  @Column({ name: 'started_by', type: 'uuid', nullable: true })
  startedBy: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'started_by' })
  starter?: MemberEntity;

  @Column({ name: 'new_pairs', type: 'int', default: 0 })
  newPairs: number;

  @Column({ name: 'repeat_pairs', type: 'int', default: 0 })
  repeatPairs: number;

  @Column({ type: 'int', default: 0 })
  unpaired: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
