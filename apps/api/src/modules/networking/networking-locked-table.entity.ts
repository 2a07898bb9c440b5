import { Check, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { NetworkingPlanEntity } from './networking-plan.entity';

/** A table of one round that keeps its people when the manager regenerates the rest of the plan. */
@Entity('networking_locked_tables')
@Check('networking_locked_tables_round', '"round" >= 1')
@Check('networking_locked_tables_table', 'table_no >= 1')
export class NetworkingLockedTableEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @PrimaryColumn({ type: 'int' })
  round: number;

  @PrimaryColumn({ name: 'table_no', type: 'int' })
  tableNo: number;

  @ManyToOne(() => NetworkingPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  plan?: NetworkingPlanEntity;
}
