import type { CircleSummary } from '@tertulia/domain';
import { communityToday, formatDateTime, formatTime } from '../../../lib/time';

/**
 * The start of a Markdown text as plain words, for a list: links keep their text, images their
 * description, and the marks (`**`, `#`, `>`, `-`, backticks) go. Cut at a word, with «…».
 */
export function plainExcerpt(markdown: string | null | undefined, max = 160): string {
  if (!markdown) return '';
  const text = markdown
    .replace(/```[^\n]*\n([\s\S]*?)```/g, '$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/^\s*(?:[-*_]\s*){3,}$/gm, '')
    .replace(/(\*\*|__|~~|\*|_|`)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:!?–-]+$/, '')}…`;
}

/** What the reader can do about a circle: join, ask to join, leave it, or withdraw their request. */
export type MembershipAction = 'join' | 'ask' | 'leave' | 'withdraw';

export function membershipAction(circle: Pick<CircleSummary, 'joinPolicy' | 'myMembership'>): MembershipAction {
  if (!circle.myMembership) return circle.joinPolicy === 'approval' ? 'ask' : 'join';
  return circle.myMembership.status === 'pending' ? 'withdraw' : 'leave';
}

/** The reader's place in a circle, as its badge says it: admin, member, request pending, or none. */
export type MembershipBadge = 'admin' | 'member' | 'pending' | null;

export function membershipBadge(circle: Pick<CircleSummary, 'myMembership'>): MembershipBadge {
  const membership = circle.myMembership;
  if (!membership) return null;
  if (membership.status === 'pending') return 'pending';
  return membership.role;
}

/**
 * When an event happens, at the coworking (Europe/Madrid) in the reader's language:
 * «Thursday, 3 December 2026 at 13:30–15:00», or both full moments when it ends another day.
 */
export function formatEventWhen(startsAt: string, endsAt: string, locale: string): string {
  const sameDay = communityToday(startsAt) === communityToday(endsAt);
  return sameDay
    ? `${formatDateTime(startsAt, locale)}–${formatTime(endsAt, locale)}`
    : `${formatDateTime(startsAt, locale)} – ${formatDateTime(endsAt, locale)}`;
}
