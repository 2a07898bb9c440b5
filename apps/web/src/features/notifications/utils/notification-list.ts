import type { MarkNotificationsRead, Notification, NotificationPage } from '@tertulia/domain';
import { COMMUNITY_TIME_ZONE, communityToday, shiftDay } from '../../../lib/time';
import { dayIn } from '../../../lib/zoned-time';

/** The pages of the list with these notifications marked read (`all`: every one), and how many were unread. */
export function markPagesRead(
  pages: readonly NotificationPage[],
  input: MarkNotificationsRead,
  now: string,
): { pages: NotificationPage[]; newlyRead: number } {
  const ids = new Set(input.ids ?? []);
  let newlyRead = 0;
  const marked = pages.map((page) => {
    const items = page.items.map((item) => {
      if (item.readAt !== null || !(input.all || ids.has(item.id))) return item;
      newlyRead += 1;
      return { ...item, readAt: now };
    });
    return { ...page, items };
  });
  const unread = (count: number) => (input.all ? 0 : Math.max(0, count - newlyRead));
  return { pages: marked.map((page) => ({ ...page, unreadCount: unread(page.unreadCount) })), newlyRead };
}

export interface DayGroup {
  /** `YYYY-MM-DD` on the coworking's clock. */
  day: string;
  /** `today`, `yesterday`, or `date` (then the day is written out). */
  when: 'today' | 'yesterday' | 'date';
  items: Notification[];
}

/** The list as it comes (newest first), cut into days on the coworking's clock. */
export function groupByDay(items: readonly Notification[], now: Date = new Date()): DayGroup[] {
  const today = communityToday(now);
  const yesterday = shiftDay(today, { days: -1 });
  const groups: DayGroup[] = [];
  for (const item of items) {
    const day = dayIn(item.createdAt, COMMUNITY_TIME_ZONE);
    const last = groups[groups.length - 1];
    if (last && last.day === day) {
      last.items.push(item);
    } else {
      groups.push({ day, when: day === today ? 'today' : day === yesterday ? 'yesterday' : 'date', items: [item] });
    }
  }
  return groups;
}
