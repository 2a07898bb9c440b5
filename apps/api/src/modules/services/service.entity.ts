import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MemberEntity } from '../members/member.entity';
import { ServiceCategoryEntity } from './service-category.entity';

/** What a member's business offers. */
@Entity('services')
@Check('services_summary_length', 'char_length(summary) <= 280')
@Check('services_hidden_with_reason', '(hidden_at IS NULL) = (hidden_reason IS NULL)')
@Index('services_by_member', ['memberId', 'position'])
@Index('services_by_category', ['categoryId', 'memberId'])
@Index('services_newest', ['createdAt', 'id'])
// Written by hand in the migration (GIN): TypeORM leaves it alone.
@Index('services_search_vector', { synchronize: false })
export class ServiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  /** Markdown. */
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'category_id', type: 'uuid', nullable: true })
  categoryId: string | null;

  @ManyToOne(() => ServiceCategoryEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'category_id' })
  category?: ServiceCategoryEntity | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: 'pricing_note', type: 'text', nullable: true })
  pricingNote: string | null;

  @Column({ name: 'ideal_client', type: 'text', nullable: true })
  idealClient: string | null;

  /** The owner's order (0 first). */
  @Column({ type: 'int', default: 0 })
  position: number;

  /** Hidden by the manager, with a reason its owner sees. */
  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  /** Maintained by a trigger (services_search_refresh). */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
