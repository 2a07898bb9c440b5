import type { Notification, NotificationPage } from '@tertulia/domain';
import { groupByDay, markPagesRead } from './notification-list';

const item = (id: string, createdAt: string, readAt: string | null = null): Notification => ({
  id,
  kind: 'feedback_answered',
  category: 'feedback',
  data: { reviewerName: 'Paula', title: 'Landing' },
  link: '/feedback/x',
  createdAt,
  readAt,
});

const NOW = '2026-03-14T12:00:00Z';

describe('marking notifications read in the list', () => {
  const pages: NotificationPage[] = [
    { items: [item('a', '2026-03-14T10:00:00Z'), item('b', '2026-03-14T09:00:00Z', '2026-03-14T09:30:00Z')], nextCursor: 'c1', unreadCount: 3 },
    { items: [item('c', '2026-03-13T10:00:00Z'), item('d', '2026-03-12T10:00:00Z')], nextCursor: null, unreadCount: 3 },
  ];

  it('marks the ones given, once, and lowers the count by the newly read', () => {
    const result = markPagesRead(pages, { ids: ['a', 'b'] }, NOW);
    expect(result.newlyRead).toBe(1);
    expect(result.pages[0]!.items.map((found) => found.readAt)).toEqual([NOW, '2026-03-14T09:30:00Z']);
    expect(result.pages.map((page) => page.unreadCount)).toEqual([2, 2]);
    // The pages given are not changed.
    expect(pages[0]!.items[0]!.readAt).toBeNull();
  });

  it('marks every one with «all», and the count is 0', () => {
    const result = markPagesRead(pages, { all: true }, NOW);
    expect(result.newlyRead).toBe(3);
    expect(result.pages.flatMap((page) => page.items).every((found) => found.readAt !== null)).toBe(true);
    expect(result.pages.map((page) => page.unreadCount)).toEqual([0, 0]);
  });

  it('never counts below zero', () => {
    const stale = [{ ...pages[0]!, unreadCount: 0 }];
    expect(markPagesRead(stale, { ids: ['a'] }, NOW).pages[0]!.unreadCount).toBe(0);
  });
});

describe('the list by day', () => {
  it('cuts it into days on the coworking clock: today, yesterday, then dates', () => {
    const groups = groupByDay(
      [
        item('a', '2026-03-14T10:00:00Z'),
        // 23:30 UTC on 13 March is already 14 March in Barcelona.
        item('b', '2026-03-13T23:30:00Z'),
        item('c', '2026-03-13T10:00:00Z'),
        item('d', '2026-03-10T10:00:00Z'),
      ],
      new Date(NOW),
    );
    expect(groups.map((group) => [group.day, group.when, group.items.map((found) => found.id)])).toEqual([
      ['2026-03-14', 'today', ['a', 'b']],
      ['2026-03-13', 'yesterday', ['c']],
      ['2026-03-10', 'date', ['d']],
    ]);
  });

  it('is empty without notifications', () => {
    expect(groupByDay([], new Date(NOW))).toEqual([]);
  });
});
