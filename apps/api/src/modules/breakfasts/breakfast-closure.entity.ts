import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BreakfastSeriesEntity } from './breakfast-series.entity';

/** Days without breakfast: a holiday, or a range such as August. */
@Entity('breakfast_closures')
@Check('breakfast_closures_ordered', 'from_date <= to_date')
@Index('breakfast_closures_by_end', ['seriesId', 'toDate'])
export class BreakfastClosureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'series_id', type: 'uuid' })
  seriesId: string;

  @ManyToOne(() => BreakfastSeriesEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'series_id' })
  series?: BreakfastSeriesEntity;

  @Column({ name: 'from_date', type: 'date' })
  fromDate: string;

  @Column({ name: 'to_date', type: 'date' })
  toDate: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
