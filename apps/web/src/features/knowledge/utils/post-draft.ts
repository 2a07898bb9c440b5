import {
  CreatePostSchema,
  POST_BODY_MAX_LENGTH,
  POST_TAGS_MAX,
  PostTagSchema,
  type CreatePost,
  type Post,
  type PostKind,
  type PostStatus,
  type TalkInput,
  type UpdatePost,
} from '@tertulia/domain';
import type { SchemaIssue } from '../../../lib/errors';
import { COMMUNITY_TIME_ZONE } from '../../../lib/time';
import { isoToZoned, zonedToIso } from '../../../lib/zoned-time';

/** How a talk says when and where: its own day, time and place, or an event's or a breakfast's. */
export type TalkMode = 'own' | 'event' | 'breakfast';
export const TALK_MODES: readonly TalkMode[] = ['own', 'event', 'breakfast'];

/** What the post form holds while someone writes: text as typed, the talk's time on the coworking's clock. */
export interface PostDraft {
  kind: PostKind;
  title: string;
  body: string;
  tags: string[];
  talkMode: TalkMode;
  talkDate: string;
  talkTime: string;
  talkPlace: string;
  talkEventId: string;
  talkBreakfastId: string;
}

/** The form's own checks, each with its own sentence (the schema's words are English). */
export const BODY_TOO_LONG = 'body_too_long';
export const TALK_MOMENT_MISSING = 'talk_moment_missing';
export const TALK_LINK_MISSING = 'talk_link_missing';

export function emptyDraft(kind: PostKind = 'article'): PostDraft {
  return {
    kind,
    title: '',
    body: '',
    tags: [],
    talkMode: 'own',
    talkDate: '',
    talkTime: '',
    talkPlace: '',
    talkEventId: '',
    talkBreakfastId: '',
  };
}

/** The form filled in with a post as it is (a linked event or breakfast stays linked). */
export function draftFromPost(post: Post): PostDraft {
  const draft: PostDraft = { ...emptyDraft(post.kind), title: post.title, body: post.body, tags: [...post.tags] };
  const talk = post.talk;
  if (!talk) return draft;
  if (talk.event) return { ...draft, talkMode: 'event', talkEventId: talk.event.id };
  if (talk.breakfast) return { ...draft, talkMode: 'breakfast', talkBreakfastId: talk.breakfast.id };
  const when = talk.startsAt ? isoToZoned(talk.startsAt, COMMUNITY_TIME_ZONE) : { date: '', time: '' };
  return { ...draft, talkMode: 'own', talkDate: when.date, talkTime: when.time, talkPlace: talk.place ?? '' };
}

/** The form control that shows the problem of a schema's or the API's path (`talk.eventId` → `talkEventId`). */
export function formField(path: string): string {
  const [head, sub] = path.split('.');
  switch (head) {
    case 'talk':
      if (sub === 'startsAt') return 'talkDate';
      if (sub === 'place') return 'talkPlace';
      if (sub === 'eventId') return 'talkEventId';
      if (sub === 'breakfastId') return 'talkBreakfastId';
      return 'talkMode';
    case undefined:
    case '':
      return 'title';
    default:
      return head;
  }
}

/** How many more characters the body takes for its kind (negative: too many). */
export function charactersLeft(kind: PostKind, body: string): number {
  return POST_BODY_MAX_LENGTH[kind] - body.length;
}

/**
 * The last milestone a countdown has reached (100, 50, 20, 10 or 0 characters left; -1 once
 * over the limit), null while far from it. Screen readers hear the count only when this changes,
 * not at every key.
 */
export function counterMilestone(left: number): number | null {
  if (left < 0) return -1;
  for (const milestone of [0, 10, 20, 50, 100]) if (left <= milestone) return milestone;
  return null;
}

/** A tag as the API will keep it: trimmed, single-spaced. */
export function normaliseTag(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

const tagKey = (tag: string) =>
  tag
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

export type AddTagResult = { ok: true; tags: string[] } | { ok: false; problem: 'empty' | 'tooLong' | 'tooMany' | 'duplicate' };

/** One more tag: not empty, not too long, not beyond the limit, not one already there (case and accents aside). */
export function addTag(tags: readonly string[], text: string): AddTagResult {
  const tag = normaliseTag(text);
  if (!tag) return { ok: false, problem: 'empty' };
  if (!PostTagSchema.safeParse(tag).success) return { ok: false, problem: 'tooLong' };
  if (tags.some((existing) => tagKey(existing) === tagKey(tag))) return { ok: false, problem: 'duplicate' };
  if (tags.length >= POST_TAGS_MAX) return { ok: false, problem: 'tooMany' };
  return { ok: true, tags: [...tags, tag] };
}

export function removeTag(tags: readonly string[], tag: string): string[] {
  return tags.filter((existing) => existing !== tag);
}

function talkInput(draft: PostDraft): { talk: TalkInput | null; issues: SchemaIssue[] } {
  if (draft.kind !== 'talk') return { talk: null, issues: [] };
  const issues: SchemaIssue[] = [];
  switch (draft.talkMode) {
    case 'event':
      if (!draft.talkEventId) issues.push({ code: TALK_LINK_MISSING, path: ['talkEventId'] });
      return { talk: { eventId: draft.talkEventId, breakfastId: null, startsAt: null, place: null }, issues };
    case 'breakfast':
      if (!draft.talkBreakfastId) issues.push({ code: TALK_LINK_MISSING, path: ['talkBreakfastId'] });
      return { talk: { breakfastId: draft.talkBreakfastId, eventId: null, startsAt: null, place: null }, issues };
    default: {
      const startsAt = zonedToIso({ date: draft.talkDate, time: draft.talkTime }, COMMUNITY_TIME_ZONE);
      if (!startsAt) issues.push({ code: TALK_MOMENT_MISSING, path: ['talkDate'] });
      if (!draft.talkPlace.trim()) issues.push({ code: 'too_small', origin: 'string', minimum: 1, path: ['talkPlace'] });
      return { talk: { startsAt, place: draft.talkPlace, eventId: null, breakfastId: null }, issues };
    }
  }
}

export type DraftResult<T> = { ok: true; value: T } | { ok: false; issues: SchemaIssue[] };

/** The POST /api/posts body (and the whole of a PATCH), checked by the API's own schema. */
export function postInput(draft: PostDraft, status: PostStatus): DraftResult<CreatePost> {
  const { talk, issues } = talkInput(draft);
  const parsed = CreatePostSchema.safeParse({ kind: draft.kind, title: draft.title, body: draft.body, tags: draft.tags, status, talk });
  const found: SchemaIssue[] = parsed.success
    ? []
    : parsed.error.issues
        .filter((issue) => issue.path[0] !== 'talk' || issues.length === 0)
        .map((issue) => {
          const path = issue.path.map(String).join('.');
          const code = issue.code === 'custom' && path === 'body' ? BODY_TOO_LONG : issue.code;
          return { ...issue, code, path: [formField(path)] };
        });
  const all = [...found, ...issues];
  if (all.length > 0 || !parsed.success) return { ok: false, issues: all };
  return { ok: true, value: parsed.data };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The PATCH for a post: only what changed, so that saving an untouched published post does not
 * mark it edited. Null when nothing changed.
 */
export function patchFor(post: Post, input: CreatePost): UpdatePost | null {
  const before = postInput(draftFromPost(post), post.status);
  if (!before.ok) return { ...input, talk: input.talk ?? null };
  const patch: UpdatePost = {};
  if (input.kind !== before.value.kind) patch.kind = input.kind;
  if (input.title !== before.value.title) patch.title = input.title;
  if (input.body !== before.value.body) patch.body = input.body;
  if (!same(input.tags, before.value.tags)) patch.tags = input.tags;
  if (!same(input.talk, before.value.talk)) patch.talk = input.talk ?? null;
  if (input.status !== post.status) patch.status = input.status;
  return Object.keys(patch).length > 0 ? patch : null;
}
