import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Locale, MemberRole, MemberStatus } from '@tertulia/domain';

@Entity('members')
@Check('members_email_lower_case', 'email = lower(email)')
@Check('members_role_known', "role IN ('manager', 'member')")
@Check('members_status_known', "status IN ('invited', 'active', 'deactivated')")
@Check('members_active_has_password', "status <> 'active' OR password_hash IS NOT NULL")
@Index('members_display_name_order', ['displayName', 'id'])
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased, so the unique index makes e-mail unique case-insensitively. */
  @Index('members_email_unique', { unique: true })
  @Column({ type: 'text' })
  email: string;

  /** ICU's root collation sorts «Àlex» with the A's and «berta» next to «Berta», on PGlite and PostgreSQL alike. */
  @Column({ name: 'display_name', type: 'text', collation: 'und-x-icu' })
  displayName: string;

  @Column({ type: 'text', default: 'member' })
  role: MemberRole;

  @Column({ type: 'text', default: 'invited' })
  status: MemberStatus;

  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'text', nullable: true })
  locale: Locale | null;

  @Column({ type: 'text', nullable: true })
  headline: string | null;

  @Column({ name: 'business_name', type: 'text', nullable: true })
  businessName: string | null;

  /** Whether they take their turn presenting their business at the weekly breakfast. */
  @Column({ name: 'presenter_opt_in', type: 'boolean', default: true })
  presenterOptIn: boolean;

  /** The day they joined the coworking: their anniversary. */
  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true })
  joinedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
