import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { MemberEntity } from '../members/member.entity';
import { BreakfastSeriesEntity } from './breakfast-series.entity';

/** One breakfast. One per date of the series; its single presenter is a column, so never two. */
@Entity('breakfast_sessions')
@Unique('breakfast_sessions_one_per_date', ['seriesId', 'date'])
export class BreakfastSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'series_id', type: 'uuid' })
  seriesId: string;

  @ManyToOne(() => BreakfastSeriesEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'series_id' })
  series?: BreakfastSeriesEntity;

  @Column({ type: 'date' })
  date: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text' })
  place: string;

  @Index('breakfast_sessions_presenter')
  @Column({ name: 'presenter_id', type: 'uuid', nullable: true })
  presenterId: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'presenter_id' })
  presenter?: MemberEntity | null;

  @Column({ name: 'presenter_confirmed', type: 'boolean', default: false })
  presenterConfirmed: boolean;

  @Column({ type: 'boolean', default: false })
  cancelled: boolean;

  @Column({ type: 'text', nullable: true })
  topic: string | null;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
