import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The weekly breakfast: when and where it happens. The space has one series. */
@Entity('breakfast_series')
@Check('breakfast_series_weekday_iso', 'weekday BETWEEN 1 AND 7')
@Check('breakfast_series_duration_positive', 'duration_minutes > 0')
export class BreakfastSeriesEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  @Column({ type: 'smallint' })
  weekday: number;

  @Column({ name: 'start_time', type: 'time' })
  startTime: string;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  @Column({ type: 'text' })
  place: string;

  @Column({ type: 'text' })
  timezone: string;

  @Column({ type: 'boolean', default: false })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
