import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Locale, MemberRole, MemberStatus } from '@tertulia/domain';

@Entity('members')
@Check('members_email_lower_case', 'email = lower(email)')
@Check('members_role_known', "role IN ('manager', 'member')")
@Check('members_status_known', "status IN ('invited', 'active', 'deactivated')")
@Check('members_active_has_password', "status <> 'active' OR password_hash IS NOT NULL")
@Index('members_display_name_order', ['displayName', 'id'])
@Check('members_quiet_hours_both', '(quiet_hours_start IS NULL) = (quiet_hours_end IS NULL)')
@Check('members_feedback_weekly_quota', 'feedback_weekly_quota BETWEEN 0 AND 10')
@Check('members_birthday_format', "birthday IS NULL OR birthday ~ '^[0-1][0-9]-[0-3][0-9]$'")
// Search indexes, written by hand in the migration (GIN, trigram): TypeORM leaves them alone.
@Index('members_search_vector', { synchronize: false })
@Index('members_search_name_trigram', { synchronize: false })
@Index('members_skill_keys', { synchronize: false })
@Index('members_languages', { synchronize: false })
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

  @Column({ type: 'text', nullable: true })
  bio: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  /** What kind of clients or collaborators they are looking for. */
  @Column({ name: 'looking_for', type: 'text', nullable: true })
  lookingFor: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  /** ISO 639 codes of the languages they speak. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** The stored photo's file name under UPLOADS_DIR (a new name at each upload, so it can be cached forever). */
  @Index('members_photo_file_unique', { unique: true })
  @Column({ name: 'photo_file', type: 'text', nullable: true })
  photoFile: string | null;

  /** `MM-DD`, shown to others only with `showBirthday`. */
  @Column({ type: 'text', nullable: true })
  birthday: string | null;

  @Column({ name: 'show_birthday', type: 'boolean', default: false })
  showBirthday: boolean;

  /** Hidden from the directory: nobody but the manager finds or opens their profile. */
  @Column({ name: 'directory_visible', type: 'boolean', default: true })
  directoryVisible: boolean;

  @Column({ name: 'email_visible', type: 'boolean', default: false })
  emailVisible: boolean;

  /** In focus (do not disturb) until then; past means not in focus. */
  @Column({ name: 'focus_until', type: 'timestamptz', nullable: true })
  focusUntil: Date | null;

  @Column({ name: 'open_to_coffee', type: 'boolean', default: false })
  openToCoffee: boolean;

  /** Accepts being suggested for feedback requests that match their skills. */
  @Column({ name: 'feedback_open', type: 'boolean', default: true })
  feedbackOpen: boolean;

  /** E-mail frequency per notification category; a missing category takes its default. */
  @Column({ name: 'email_preferences', type: 'jsonb', default: () => "'{}'" })
  emailPreferences: Record<string, string>;

  /** Quiet hours on the community's clock, `HH:MM`; both or neither. */
  @Column({ name: 'quiet_hours_start', type: 'text', nullable: true })
  quietHoursStart: string | null;

  @Column({ name: 'quiet_hours_end', type: 'text', nullable: true })
  quietHoursEnd: string | null;

  /** At most this many feedback answers in 7 days before they stop being suggested. */
  @Column({ name: 'feedback_weekly_quota', type: 'smallint', default: 2 })
  feedbackWeeklyQuota: number;

  /** Maintained by a trigger (members_search_refresh): the weighted document of the member and their services. */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string;

  /** Maintained by the same trigger: name and business folded, for typo-tolerant trigram matching. */
  @Column({ name: 'search_name', type: 'text', nullable: true, select: false, insert: false, update: false })
  searchName?: string;

  /** Maintained by the same trigger: the skills folded, for the skill filter. */
  @Column({ name: 'skill_keys', type: 'text', array: true, nullable: true, select: false, insert: false, update: false })
  skillKeys?: string[];

  /** The day they joined the coworking: their anniversary. */
  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true })
  joinedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
