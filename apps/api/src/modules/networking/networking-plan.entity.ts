import { Check, Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { EventEntity } from '../events/event.entity';

/**
 * Table rotations for one networking lunch: how (table size, rounds) and, once generated, the seed and the
 * planner's stats. Its row is the lock that makes plans, regenerations and lock changes happen one at a time.
 */
@Entity('networking_plans')
@Check('networking_plans_table_size', 'table_size BETWEEN 2 AND 20')
@Check('networking_plans_rounds', 'rounds BETWEEN 1 AND 12')
@Check('networking_plans_generated_whole', '(generated_at IS NULL) = (seed IS NULL)')
export class NetworkingPlanEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @OneToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ name: 'table_size', type: 'int' })
  tableSize: number;

  @Column({ type: 'int' })
  rounds: number;

  /** The planner's seed for the stored seats; null until a plan is generated. */
  @Column({ type: 'int', nullable: true })
  seed: number | null;

  @Column({ name: 'generated_at', type: 'timestamptz', nullable: true })
  generatedAt: Date | null;

  @Column({ name: 'repeat_pairs', type: 'int', default: 0 })
  repeatPairs: number;

  @Column({ name: 'wants_satisfied', type: 'int', default: 0 })
  wantsSatisfied: number;

  @Column({ name: 'wants_total', type: 'int', default: 0 })
  wantsTotal: number;

  @Column({ name: 'new_pairs', type: 'int', default: 0 })
  newPairs: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
