import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One attempt at a throttled action; kept in PostgreSQL so every API process sees the same count. */
@Entity('throttle_hits')
@Index('throttle_hits_key_time', ['key', 'hitAt'])
export class ThrottleHitEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  key: string;

  @Column({ name: 'hit_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  hitAt: Date;
}
