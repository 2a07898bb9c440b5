import { EMAIL_FREQUENCY_DEFAULTS, type NotificationPage, type NotificationSettings } from '@tertulia/domain';
import { NotificationsService, type NotifyInput } from '../src/modules/notifications/notifications.service';
import { createMember, type MemberOverrides } from './factories/member.factory';
import { signedInMember, type Person } from './utils/signed-in';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestClient } from './utils/test-client';

/** The test app's community clock (COMMUNITY_TIMEZONE's default). */
const ZONE = 'Europe/Madrid';

describe('notifications', () => {
  let t: TestApp;
  let service: NotificationsService;

  beforeAll(async () => {
    t = await startTestApp();
    service = t.app.get(NotificationsService);
  });
  afterAll(() => t.close());

  const signedIn = (overrides: MemberOverrides = {}) => signedInMember(t, overrides);

  const answered = (memberIds: string[], title = 'Landing', extra: Partial<NotifyInput> = {}): NotifyInput => ({
    memberIds,
    kind: 'feedback_answered',
    data: { reviewerName: 'Anna', title },
    link: '/feedback/00000000-0000-4000-8000-000000000001',
    ...extra,
  });
  const notify = (input: NotifyInput) => t.dataSource.transaction((em) => service.notify(em, input));
  const page = async (client: TestClient, query = '') => {
    const response = await client.get<NotificationPage>(`/api/notifications${query}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const titles = async (client: TestClient, query = '') => (await page(client, query)).items.map((item) => item.data.title);
  const quietHours = (memberId: string, start: string | null, end: string | null) =>
    t.dataSource.query(`UPDATE members SET quiet_hours_start = $2, quiet_hours_end = $3 WHERE id = $1`, [memberId, start, end]);
  /** The wall-clock `HH:MM` on the community's clock, `minutes` from now. */
  const communityTime = (minutes: number) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
      new Date(Date.now() + minutes * 60_000),
    );

  describe('notify', () => {
    it('writes one notification per active recipient, with its kind, category, data and link', async () => {
      const reader = await signedIn();
      const other = await signedIn();
      const gone = await createMember(t.dataSource, { status: 'deactivated' });
      await notify(answered([reader.id, reader.id, other.id, gone.id], 'Once each'));

      const { items, unreadCount, nextCursor } = await page(reader.client);
      expect(items).toEqual([
        {
          id: expect.any(String),
          kind: 'feedback_answered',
          category: 'feedback',
          data: { reviewerName: 'Anna', title: 'Once each' },
          link: '/feedback/00000000-0000-4000-8000-000000000001',
          createdAt: expect.any(String),
          readAt: null,
        },
      ]);
      expect({ unreadCount, nextCursor }).toEqual({ unreadCount: 1, nextCursor: null });
      expect(await titles(other.client)).toEqual(['Once each']);
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM notifications WHERE member_id = $1`, [gone.id]);
      expect(count).toBe(0);
    });

    it('tells nothing about a change that rolled back', async () => {
      const reader = await signedIn();
      await expect(
        t.dataSource.transaction(async (em) => {
          await service.notify(em, answered([reader.id], 'Rolled back'));
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect(await titles(reader.client)).toEqual([]);
    });

    it('writes a notification with a dedupe key once per member, however often and whoever asks', async () => {
      const first = await signedIn();
      const second = await signedIn();
      const reminder = answered([first.id], 'Reminder', { dedupeKey: 'test_reminder:1' });
      await Promise.all([notify(reminder), notify(reminder)]);
      await notify({ ...reminder, memberIds: [first.id, second.id] });
      expect(await titles(first.client)).toEqual(['Reminder']);
      expect(await titles(second.client)).toEqual(['Reminder']);
      // Without a key, each call tells again.
      await notify(answered([first.id], 'Again'));
      await notify(answered([first.id], 'Again'));
      expect(await titles(first.client)).toEqual(['Again', 'Again', 'Reminder']);
    });

    it('does nothing for no recipients', async () => {
      await expect(notify(answered([]))).resolves.toBeUndefined();
    });
  });

  describe('quiet hours and focus (deliver_at, decided in SQL on the community clock)', () => {
    const at = (iso: string) => new Date(iso);
    const when = async (memberId: string, iso: string) => (await service.deliveryTime(memberId, at(iso)))?.toISOString();

    it('holds what comes at 23:00 during quiet hours 22:00–08:00 until 08:00 the next morning', async () => {
      const member = await createMember(t.dataSource);
      await quietHours(member.id, '22:00', '08:00');
      // Winter: Madrid is UTC+1.
      expect(await when(member.id, '2026-01-15T22:00:00.000Z')).toBe('2026-01-16T07:00:00.000Z'); // 23:00 → 08:00
      expect(await when(member.id, '2026-01-15T21:00:00.000Z')).toBe('2026-01-16T07:00:00.000Z'); // 22:00 sharp → 08:00
      expect(await when(member.id, '2026-01-16T05:30:00.000Z')).toBe('2026-01-16T07:00:00.000Z'); // 06:30 → 08:00
      expect(await when(member.id, '2026-01-16T07:00:00.000Z')).toBe('2026-01-16T07:00:00.000Z'); // 08:00: over
      expect(await when(member.id, '2026-01-16T11:00:00.000Z')).toBe('2026-01-16T11:00:00.000Z'); // noon: at once
      expect(await when(member.id, '2026-01-16T20:59:00.000Z')).toBe('2026-01-16T20:59:00.000Z'); // 21:59: at once
    });

    it('ends quiet hours on the community clock across a change to summer time', async () => {
      const member = await createMember(t.dataSource);
      await quietHours(member.id, '22:00', '08:00');
      // 28 March 2026 23:00 (UTC+1) → 29 March 08:00 (UTC+2, the clocks went forward that night).
      expect(await when(member.id, '2026-03-28T22:00:00.000Z')).toBe('2026-03-29T06:00:00.000Z');
    });

    it('holds quiet hours within one day (13:00–15:00) until they end', async () => {
      const member = await createMember(t.dataSource);
      await quietHours(member.id, '13:00', '15:00');
      expect(await when(member.id, '2026-07-01T12:30:00.000Z')).toBe('2026-07-01T13:00:00.000Z'); // 14:30 summer → 15:00
      expect(await when(member.id, '2026-07-01T10:59:00.000Z')).toBe('2026-07-01T10:59:00.000Z'); // 12:59: at once
      expect(await when(member.id, '2026-07-01T13:00:00.000Z')).toBe('2026-07-01T13:00:00.000Z'); // 15:00: over
    });

    it('holds what comes in focus until the focus ends; a past focus holds nothing', async () => {
      const member = await createMember(t.dataSource, { focusUntil: at('2026-01-16T09:30:00.000Z') });
      expect(await when(member.id, '2026-01-16T08:00:00.000Z')).toBe('2026-01-16T09:30:00.000Z');
      expect(await when(member.id, '2026-01-16T10:00:00.000Z')).toBe('2026-01-16T10:00:00.000Z');
    });

    it('takes the later of both: a focus ending inside quiet hours waits for their end, a later one for itself', async () => {
      const member = await createMember(t.dataSource, { focusUntil: at('2026-01-16T06:00:00.000Z') }); // 07:00 Madrid
      await quietHours(member.id, '22:00', '08:00');
      // Told at 20:00 (outside quiet hours), in focus until 07:00, inside quiet hours → 08:00.
      expect(await when(member.id, '2026-01-15T19:00:00.000Z')).toBe('2026-01-16T07:00:00.000Z');
      await t.dataSource.query(`UPDATE members SET focus_until = $2 WHERE id = $1`, [member.id, '2026-01-16T08:15:00.000Z']);
      // Told at 23:00 (quiet hours end at 08:00), in focus until 09:15 → 09:15.
      expect(await when(member.id, '2026-01-15T22:00:00.000Z')).toBe('2026-01-16T08:15:00.000Z');
    });

    it('does not list a notification held by quiet hours now, nor count it, until its time comes', async () => {
      const reader = await signedIn();
      // Quiet hours from an hour ago to an hour from now on the community clock (across midnight when it is near).
      await quietHours(reader.id, communityTime(-60), communityTime(60));
      await notify(answered([reader.id], 'Held by quiet hours'));
      expect(await titles(reader.client)).toEqual([]);
      expect((await reader.client.get('/api/notifications/unread-count')).body).toEqual({ unreadCount: 0 });

      const [row] = await t.dataSource.query(`SELECT deliver_at FROM notifications WHERE member_id = $1`, [reader.id]);
      const heldFor = new Date(row.deliver_at).getTime() - Date.now();
      expect(heldFor).toBeGreaterThan(58 * 60_000);
      expect(heldFor).toBeLessThanOrEqual(60 * 60_000);

      // It is not dropped: when its time comes (here: moved to now), it shows.
      await t.dataSource.query(`UPDATE notifications SET deliver_at = now() WHERE member_id = $1`, [reader.id]);
      expect(await titles(reader.client)).toEqual(['Held by quiet hours']);
    });

    it('does not list a notification held by focus until the focus ends', async () => {
      const focusUntil = new Date(Date.now() + 45 * 60_000);
      const reader = await signedIn({ focusUntil });
      await notify(answered([reader.id], 'Held by focus'));
      expect(await titles(reader.client)).toEqual([]);
      const [row] = await t.dataSource.query(`SELECT deliver_at FROM notifications WHERE member_id = $1`, [reader.id]);
      expect(new Date(row.deliver_at).toISOString()).toBe(focusUntil.toISOString());
    });

    it('delivers at once outside quiet hours and focus', async () => {
      const reader = await signedIn();
      await quietHours(reader.id, communityTime(60), communityTime(120));
      await notify(answered([reader.id], 'At once'));
      expect(await titles(reader.client)).toEqual(['At once']);
    });
  });

  describe('GET /api/notifications', () => {
    it('lists the newest first, a page at a time, with the unread count of all', async () => {
      const reader = await signedIn();
      for (const title of ['one', 'two', 'three', 'four', 'five']) await notify(answered([reader.id], title));
      const first = await page(reader.client, '?limit=2');
      expect(first.items.map((item) => item.data.title)).toEqual(['five', 'four']);
      expect(first.unreadCount).toBe(5);
      const second = await page(reader.client, `?limit=2&cursor=${first.nextCursor}`);
      expect(second.items.map((item) => item.data.title)).toEqual(['three', 'two']);
      const third = await page(reader.client, `?limit=2&cursor=${second.nextCursor}`);
      expect(third.items.map((item) => item.data.title)).toEqual(['one']);
      expect(third.nextCursor).toBeNull();
    });

    it('filters the unread ones', async () => {
      const reader = await signedIn();
      await notify(answered([reader.id], 'read'));
      const [{ id }] = (await page(reader.client)).items;
      await reader.client.post('/api/notifications/read', { ids: [id] });
      await notify(answered([reader.id], 'unread'));
      expect(await titles(reader.client, '?unread=true')).toEqual(['unread']);
      expect(await titles(reader.client, '?unread=false')).toEqual(['unread', 'read']);
    });

    it('refuses a cursor it did not hand out and bad queries with 400', async () => {
      const reader = await signedIn();
      for (const query of ['?cursor=nonsense', `?cursor=${Buffer.from('["x","y"]').toString('base64url')}`, '?limit=0', '?unread=maybe', '?other=1']) {
        const response = await reader.client.get(`/api/notifications${query}`);
        expect({ query, status: response.status, code: response.body.error?.code }).toEqual({ query, status: 400, code: 'VALIDATION_FAILED' });
      }
    });
  });

  describe('POST /api/notifications/read', () => {
    it("marks the reader's own as read and answers the new unread count; another's ids change nothing", async () => {
      const reader = await signedIn();
      const other = await signedIn();
      await notify(answered([reader.id], 'mine 1'));
      await notify(answered([reader.id], 'mine 2'));
      await notify(answered([other.id], 'theirs'));
      const mine = (await page(reader.client)).items;
      const [theirs] = (await page(other.client)).items;

      const marked = await reader.client.post('/api/notifications/read', { ids: [mine[0]!.id, theirs!.id] });
      expect(marked).toMatchObject({ status: 200, body: { unreadCount: 1 } });
      const after = await page(reader.client);
      expect(after.items.map((item) => [item.data.title, item.readAt !== null])).toEqual([
        ['mine 2', true],
        ['mine 1', false],
      ]);
      // The other member's notification is still unread.
      expect(await page(other.client)).toMatchObject({ unreadCount: 1, items: [{ readAt: null }] });

      // Marking again keeps the first reading time.
      const readAt = after.items[0]!.readAt;
      await reader.client.post('/api/notifications/read', { ids: [mine[0]!.id] });
      expect((await page(reader.client)).items[0]!.readAt).toBe(readAt);
    });

    it('marks all of the reader\'s delivered ones, not those still held, nor anyone else\'s', async () => {
      const reader = await signedIn();
      const other = await signedIn();
      await notify(answered([reader.id, other.id], 'a'));
      await notify(answered([reader.id], 'b'));
      await t.dataSource.transaction(async (em) => {
        await service.notify(em, answered([reader.id], 'held'));
        await em.query(`UPDATE notifications SET deliver_at = now() + interval '1 hour' WHERE member_id = $1 AND data->>'title' = 'held'`, [reader.id]);
      });
      expect(await reader.client.post('/api/notifications/read', { all: true })).toMatchObject({ status: 200, body: { unreadCount: 0 } });
      expect((await reader.client.get('/api/notifications/unread-count')).body).toEqual({ unreadCount: 0 });
      expect((await other.client.get('/api/notifications/unread-count')).body).toEqual({ unreadCount: 1 });
      const [held] = await t.dataSource.query(`SELECT read_at FROM notifications WHERE member_id = $1 AND data->>'title' = 'held'`, [reader.id]);
      expect(held.read_at).toBeNull();
    });

    it('refuses a body that is neither ids nor all', async () => {
      const reader = await signedIn();
      for (const body of [{}, { ids: [] }, { all: false }, { ids: ['not-a-uuid'] }, { ids: ['00000000-0000-4000-8000-000000000001'], all: true }, { all: true, extra: 1 }]) {
        const response = await reader.client.post('/api/notifications/read', body);
        expect({ body, status: response.status, code: response.body.error?.code }).toEqual({ body, status: 400, code: 'VALIDATION_FAILED' });
      }
    });
  });

  describe('notification settings', () => {
    const settings = (overrides: Partial<NotificationSettings> = {}): NotificationSettings => ({
      email: { ...EMAIL_FREQUENCY_DEFAULTS },
      quietHours: null,
      ...overrides,
    });

    it('start with the defaults and no quiet hours', async () => {
      const member = await signedIn();
      expect((await member.client.get('/api/members/me/notification-settings')).body).toEqual({
        email: EMAIL_FREQUENCY_DEFAULTS,
        quietHours: null,
      });
    });

    it('are saved and read back, each member their own; a category not stored yet takes its default', async () => {
      const member = await signedIn();
      const other = await signedIn();
      const wanted = settings({
        email: { ...EMAIL_FREQUENCY_DEFAULTS, knowledge: 'weekly', events: 'never', celebrations: 'weekly' },
        quietHours: { start: '22:00', end: '08:00' },
      });
      const saved = await member.client.put('/api/members/me/notification-settings', wanted);
      expect(saved).toMatchObject({ status: 200, body: wanted });
      expect((await member.client.get('/api/members/me/notification-settings')).body).toEqual(wanted);
      expect((await other.client.get('/api/members/me/notification-settings')).body).toEqual(settings());

      // Stored in the members columns; a category missing from the JSON takes its default.
      await t.dataSource.query(`UPDATE members SET email_preferences = email_preferences - 'knowledge' WHERE id = $1`, [member.id]);
      expect((await member.client.get('/api/members/me/notification-settings')).body.email.knowledge).toBe(EMAIL_FREQUENCY_DEFAULTS.knowledge);

      // Quiet hours can be removed.
      const cleared = await member.client.put('/api/members/me/notification-settings', settings({ quietHours: null }));
      expect(cleared.body.quietHours).toBeNull();
      const [row] = await t.dataSource.query(`SELECT quiet_hours_start, quiet_hours_end FROM members WHERE id = $1`, [member.id]);
      expect(row).toEqual({ quiet_hours_start: null, quiet_hours_end: null });
    });

    it('refuse what is not valid with 400 and change nothing', async () => {
      const member = await signedIn();
      const invalid: [string, unknown][] = [
        ['the same start and end', settings({ quietHours: { start: '08:00', end: '08:00' } })],
        ['a time that is not HH:MM', settings({ quietHours: { start: '7:00', end: '08:00' } })],
        ['an hour past 23', settings({ quietHours: { start: '24:00', end: '08:00' } })],
        ['only a start', { ...settings(), quietHours: { start: '22:00' } }],
        ['an unknown frequency', { ...settings(), email: { ...EMAIL_FREQUENCY_DEFAULTS, feedback: 'hourly' } }],
        ['a missing category', { ...settings(), email: { ...EMAIL_FREQUENCY_DEFAULTS, community: undefined } }],
        ['an unknown category', { ...settings(), email: { ...EMAIL_FREQUENCY_DEFAULTS, spam: 'never' } }],
        ['no quiet hours field', { email: EMAIL_FREQUENCY_DEFAULTS }],
        ['an extra field', { ...settings(), focus: true }],
      ];
      for (const [what, body] of invalid) {
        const response = await member.client.put('/api/members/me/notification-settings', body);
        expect({ what, status: response.status, code: response.body.error?.code }).toEqual({ what, status: 400, code: 'VALIDATION_FAILED' });
      }
      expect((await member.client.get('/api/members/me/notification-settings')).body).toEqual(settings());
    });

    it('quiet hours saved through the API hold what comes at 23:00 until 08:00', async () => {
      const member = await signedIn();
      await member.client.put('/api/members/me/notification-settings', settings({ quietHours: { start: '22:00', end: '08:00' } }));
      expect((await service.deliveryTime(member.id, new Date('2026-06-10T21:00:00.000Z')))?.toISOString()).toBe('2026-06-11T06:00:00.000Z');
    });
  });
});
