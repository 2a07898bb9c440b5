import { z } from 'zod';
import { IdSchema } from '../common/primitives.schema';
import { PageQuerySchema, pageSchema } from '../common/pagination.schema';
import { labelListSchema, labelSchema, optionalText } from '../common/text.schema';
import { MemberRefSchema } from '../members/member-ref.schema';

/** `article`: a long read; `tip`: a short one (≤ 500 characters); `talk`: the announcement of a short talk. */
export const POST_KINDS = ['article', 'tip', 'talk'] as const;
export const PostKindSchema = z.enum(POST_KINDS);
export type PostKind = z.infer<typeof PostKindSchema>;

/** A draft is seen by its author only; a published post by every member. */
export const POST_STATUSES = ['draft', 'published'] as const;
export const PostStatusSchema = z.enum(POST_STATUSES);
export type PostStatus = z.infer<typeof PostStatusSchema>;

export const POST_TITLE_MAX_LENGTH = 150;
/** The body's limit for each kind (Markdown source, in characters). */
export const POST_BODY_MAX_LENGTH: Record<PostKind, number> = { article: 20000, tip: 500, talk: 5000 };
export const POST_TAGS_MAX = 8;
export const PostTagSchema = labelSchema(30);
export const COMMENT_MAX_LENGTH = 3000;
/** How many characters of the body a list shows. */
export const POST_EXCERPT_LENGTH = 280;

/**
 * A talk says when and where it happens: a moment and a place, or a link to an event or to a
 * breakfast (whose time and place are theirs).
 */
export const TalkInputSchema = z
  .strictObject({
    startsAt: z.iso.datetime({ offset: true }).nullable().optional(),
    place: optionalText(300).optional(),
    eventId: IdSchema.nullable().optional(),
    breakfastId: IdSchema.nullable().optional(),
  })
  .refine((talk) => !(talk.eventId && talk.breakfastId), { message: 'Link an event or a breakfast, not both', path: ['eventId'] })
  .refine((talk) => Boolean(talk.eventId || talk.breakfastId || (talk.startsAt && talk.place)), {
    message: 'Give the date, time and place, or link an event or a breakfast',
    path: ['startsAt'],
  });
export type TalkInput = z.infer<typeof TalkInputSchema>;

const postFields = {
  kind: PostKindSchema,
  title: z.string().trim().min(1).max(POST_TITLE_MAX_LENGTH),
  /** Markdown; the portal renders it safely. */
  body: z.string().trim().min(1).max(POST_BODY_MAX_LENGTH.article),
  tags: labelListSchema(PostTagSchema, POST_TAGS_MAX),
  status: PostStatusSchema,
  talk: TalkInputSchema.nullable(),
};

type PostShape = { kind?: PostKind; body?: string; talk?: TalkInput | null };
const bodyFitsKind = (post: PostShape) => !post.kind || !post.body || post.body.length <= POST_BODY_MAX_LENGTH[post.kind];
const talkMatchesKind = (post: PostShape) => post.kind === undefined || (post.kind === 'talk') === Boolean(post.talk);

/** POST /api/posts. The author is whoever is signed in. `talk` is required for a talk and refused otherwise. */
export const CreatePostSchema = z
  .strictObject({
    ...postFields,
    tags: postFields.tags.default([]),
    status: postFields.status.default('published'),
    talk: postFields.talk.optional(),
  })
  .refine(bodyFitsKind, { message: 'Too long for this kind of post', path: ['body'] })
  .refine(talkMatchesKind, { message: 'A talk needs its date and place (and only a talk has them)', path: ['talk'] });
export type CreatePost = z.infer<typeof CreatePostSchema>;
export type CreatePostInput = z.input<typeof CreatePostSchema>;

/**
 * PATCH /api/posts/{id} (its author). The merged post must still fit its kind (422 otherwise).
 * Changing a published post's title, body, tags or talk marks it edited; `status` publishes or
 * takes it back to draft.
 */
export const UpdatePostSchema = z
  .strictObject({
    kind: postFields.kind.optional(),
    title: postFields.title.optional(),
    body: postFields.body.optional(),
    tags: postFields.tags.optional(),
    status: postFields.status.optional(),
    talk: postFields.talk.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Nothing to change' });
export type UpdatePost = z.infer<typeof UpdatePostSchema>;
export type UpdatePostInput = z.input<typeof UpdatePostSchema>;

/** PUT /api/posts/{id}/moderation and /api/comments/{id}/moderation (manager): hide with a reason the author sees, or show again (null). */
export const ModerateContentSchema = z.strictObject({
  hiddenReason: z.string().trim().min(1).max(500).nullable(),
});
export type ModerateContent = z.infer<typeof ModerateContentSchema>;

/** Where and when a talk happens, resolved: a linked event or breakfast lends its own time and place. */
export const TalkSchema = z.object({
  startsAt: z.string().nullable(),
  place: z.string().nullable(),
  event: z.object({ id: IdSchema, title: z.string(), startsAt: z.string() }).nullable(),
  breakfast: z.object({ id: IdSchema, date: z.string() }).nullable(),
});
export type Talk = z.infer<typeof TalkSchema>;

/** Set when the manager hid it: only its author (who sees the reason) and the manager still see it. */
export const HiddenSchema = z.object({ reason: z.string(), at: z.string() }).nullable();

const postResponseFields = {
  id: IdSchema,
  kind: PostKindSchema,
  title: z.string(),
  tags: z.array(z.string()),
  status: PostStatusSchema,
  author: MemberRefSchema,
  talk: TalkSchema.nullable(),
  /** First publication; null for a draft never published. */
  publishedAt: z.string().nullable(),
  /** The last change to a published post's content; null if never edited after publishing. */
  editedAt: z.string().nullable(),
  hidden: HiddenSchema,
  usefulCount: z.number().int(),
  /** Whether the reader marked it useful. */
  markedUseful: z.boolean(),
  commentCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

/** A post in a list: the start of its body (Markdown, cut at a word) instead of all of it. */
export const PostSummarySchema = z.object({ ...postResponseFields, excerpt: z.string(), truncated: z.boolean() });
export type PostSummary = z.infer<typeof PostSummarySchema>;
export const PostPageSchema = pageSchema(PostSummarySchema);

/** GET /api/posts/{id}. */
export const PostSchema = z.object({ ...postResponseFields, body: z.string() });
export type Post = z.infer<typeof PostSchema>;

/**
 * GET /api/posts: published posts, newest first; ranked by `q` when given (full text, accents and
 * case ignored). `drafts=true`: the reader's own drafts instead.
 */
export const ListPostsQuerySchema = PageQuerySchema.extend({
  kind: PostKindSchema.optional(),
  tag: z.string().trim().min(1).max(30).optional(),
  author: IdSchema.optional(),
  q: z.string().trim().max(100).optional(),
  drafts: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type ListPostsQuery = z.infer<typeof ListPostsQuerySchema>;

/** GET /api/posts/tags?q=: tags already used, the most used first, for suggestions. */
export const ListPostTagsQuerySchema = z.strictObject({
  q: z.string().trim().max(30).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type ListPostTagsQuery = z.infer<typeof ListPostTagsQuerySchema>;
export const PostTagListSchema = z.object({
  items: z.array(z.object({ tag: z.string(), count: z.number().int() })),
  nextCursor: z.null(),
});
export type PostTagList = z.infer<typeof PostTagListSchema>;

/** PUT/DELETE /api/posts/{id}/useful: the new count. Marking twice counts once. */
export const UsefulSchema = z.object({ usefulCount: z.number().int(), markedUseful: z.boolean() });
export type Useful = z.infer<typeof UsefulSchema>;

/** POST /api/posts/{id}/comments. `parentId` answers a comment; replies go one level deep only. */
export const CreateCommentSchema = z.strictObject({
  body: z.string().trim().min(1).max(COMMENT_MAX_LENGTH),
  parentId: IdSchema.nullable().optional(),
});
export type CreateComment = z.infer<typeof CreateCommentSchema>;

/** PATCH /api/comments/{id} (its author). */
export const UpdateCommentSchema = z.strictObject({ body: CreateCommentSchema.shape.body });
export type UpdateComment = z.infer<typeof UpdateCommentSchema>;

/**
 * A comment. A hidden one keeps its place in the thread; its `body` is null for everyone but its
 * author and the manager.
 */
export const CommentSchema = z.object({
  id: IdSchema,
  postId: IdSchema,
  parentId: IdSchema.nullable(),
  author: MemberRefSchema,
  body: z.string().nullable(),
  hidden: HiddenSchema,
  editedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Comment = z.infer<typeof CommentSchema>;

/** GET /api/posts/{id}/comments: oldest first, so a reply always comes after the comment it answers. */
export const CommentPageSchema = pageSchema(CommentSchema);
export const ListCommentsQuerySchema = PageQuerySchema;
export type ListCommentsQuery = z.infer<typeof ListCommentsQuerySchema>;
