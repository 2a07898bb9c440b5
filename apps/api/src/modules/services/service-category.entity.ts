import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A category of services, named in each language of the portal; the manager keeps the list. */
@Entity('service_categories')
@Index('service_categories_order', ['position', 'slug'])
export class ServiceCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('service_categories_slug_unique', { unique: true })
  @Column({ type: 'text' })
  slug: string;

  @Column({ name: 'name_ca', type: 'text' })
  nameCa: string;

  @Column({ name: 'name_es', type: 'text' })
  nameEs: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ type: 'int', default: 0 })
  position: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
