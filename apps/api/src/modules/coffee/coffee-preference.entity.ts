import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { MemberEntity } from '../members/member.entity';

/** A member's weekly «cafè ràpid» choice: in or out, and a pause until a day (inclusive, community calendar). */
@Entity('coffee_preferences')
export class CoffeePreferenceEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @OneToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ name: 'opt_in', type: 'boolean', default: false })
  optIn: boolean;

  @Column({ name: 'snooze_until', type: 'date', nullable: true })
  snoozeUntil: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
