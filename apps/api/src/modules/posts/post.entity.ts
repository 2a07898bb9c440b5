import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PostKind, PostStatus } from '@tertulia/domain';
import { BreakfastSessionEntity } from '../breakfasts/breakfast-session.entity';
import { EventEntity } from '../events/event.entity';
import { MemberEntity } from '../members/member.entity';

/** A knowledge post: an article, a tip or the announcement of a talk. */
@Entity('posts')
@Check('posts_kind_known', "kind IN ('article', 'tip', 'talk')")
@Check('posts_status_known', "status IN ('draft', 'published')")
@Check('posts_tip_is_short', "kind <> 'tip' OR char_length(body) <= 500")
@Check('posts_published_has_date', "status = 'draft' OR published_at IS NOT NULL")
@Check('posts_hidden_with_reason', '(hidden_at IS NULL) = (hidden_reason IS NULL)')
@Index('posts_feed', ['publishedAt', 'id'], { where: "status = 'published'" })
@Index('posts_by_author', ['authorId', 'createdAt'])
// Written by hand in the migration (GIN): TypeORM leaves them alone.
@Index('posts_search_vector', { synchronize: false })
@Index('posts_tag_keys', { synchronize: false })
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: MemberEntity;

  @Column({ type: 'text' })
  kind: PostKind;

  @Column({ type: 'text' })
  title: string;

  /** Markdown. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** Maintained by a trigger (posts_search_refresh): the tags folded, for the tag filter and suggestions. */
  @Column({ name: 'tag_keys', type: 'text', array: true, nullable: true, select: false, insert: false, update: false })
  tagKeys?: string[];

  @Column({ type: 'text', default: 'draft' })
  status: PostStatus;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** The last change to the content of a published post. */
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  /** A talk's own moment and place (when it links no event or breakfast). */
  @Column({ name: 'talk_starts_at', type: 'timestamptz', nullable: true })
  talkStartsAt: Date | null;

  @Column({ name: 'talk_place', type: 'text', nullable: true })
  talkPlace: string | null;

  @Column({ name: 'talk_event_id', type: 'uuid', nullable: true })
  talkEventId: string | null;

  @ManyToOne(() => EventEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'talk_event_id' })
  talkEvent?: EventEntity | null;

  @Column({ name: 'talk_breakfast_id', type: 'uuid', nullable: true })
  talkBreakfastId: string | null;

  @ManyToOne(() => BreakfastSessionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'talk_breakfast_id' })
  talkBreakfast?: BreakfastSessionEntity | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  /** Maintained by a trigger (posts_search_refresh): title (A), tags (B) and body (C), weighted. */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
