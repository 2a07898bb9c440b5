import { addDays, todayIn } from '../src/common/time/today';
import { PgBossJobScheduler } from '../src/modules/jobs/pg-boss-job-scheduler';
import { ScheduledWorkService } from '../src/modules/scheduled-work/scheduled-work.service';
import { createMember, type MemberOverrides } from './factories/member.factory';
import { inbox } from './utils/inbox';
import { signedInMember, type Person } from './utils/signed-in';
import { startTestApp, type TestApp } from './utils/test-app';

const HOUR = 3_600_000;

describe('scheduled work: reminders, rota and feedback deadlines', () => {
  let t: TestApp;
  let work: ScheduledWorkService;
  let seriesId: string;

  beforeAll(async () => {
    t = await startTestApp();
    work = t.app.get(ScheduledWorkService);
    [{ id: seriesId }] = await t.dataSource.query(`SELECT id FROM breakfast_series LIMIT 1`);
  });
  afterAll(() => t.close());

  const signedIn = (overrides: MemberOverrides = {}) => signedInMember(t, overrides);

  it('registers each recurring job with its cron (the queue itself is off in tests)', () => {
    const { recurring } = t.app.get(PgBossJobScheduler).registered();
    expect(recurring).toEqual(
      expect.arrayContaining([
        { name: 'rota.fill', cron: '0 3 * * *' },
        { name: 'feedback.close', cron: '*/10 * * * *' },
        { name: 'reminders.breakfasts', cron: '0 * * * *' },
        { name: 'reminders.events', cron: '*/15 * * * *' },
      ]),
    );
  });

  describe('reminders.breakfasts', () => {
    /** Dates far enough ahead that no other test's breakfast shares them; each test takes its own. */
    let nextOffset = 200;
    const farDate = (gap = 10) => addDays(todayIn('Europe/Madrid'), (nextOffset += gap));
    /** Noon or 11:00 in Madrid on that day: well inside the community's date. */
    const middayOf = (date: string) => new Date(`${date}T10:00:00.000Z`);

    async function breakfast(date: string, presenterId: string | null, cancelled = false): Promise<string> {
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO breakfast_sessions (series_id, date, starts_at, ends_at, place, presenter_id, cancelled)
         VALUES ($1, $2::date, ($2::date + time '09:00') AT TIME ZONE 'Europe/Madrid', ($2::date + time '09:45') AT TIME ZONE 'Europe/Madrid',
                 'La cuina', $3, $4)
         RETURNING id`,
        [seriesId, date, presenterId, cancelled],
      );
      return id;
    }

    it('tells the presenter 7 days before and 1 day before, once each however often it runs', async () => {
      const presenter = await signedIn();
      const date = farDate();
      await breakfast(date, presenter.id);

      // Hourly runs through the day 7 days before: one reminder.
      for (const hour of [0, 1, 2]) await work.remindBreakfasts(new Date(middayOf(addDays(date, -7)).getTime() + hour * HOUR));
      expect(await inbox(presenter.client)).toEqual([{ kind: 'breakfast_reminder', data: { date, daysBefore: '7' }, link: '/breakfasts' }]);

      // Days in between: nothing.
      for (const daysBefore of [6, 3, 2]) await work.remindBreakfasts(middayOf(addDays(date, -daysBefore)));
      expect(await inbox(presenter.client)).toHaveLength(1);

      // The day before, twice: a second reminder, once.
      await work.remindBreakfasts(middayOf(addDays(date, -1)));
      await work.remindBreakfasts(middayOf(addDays(date, -1)));
      expect(await inbox(presenter.client)).toEqual([
        { kind: 'breakfast_reminder', data: { date, daysBefore: '7' }, link: '/breakfasts' },
        { kind: 'breakfast_reminder', data: { date, daysBefore: '1' }, link: '/breakfasts' },
      ]);
    });

    it("counts days on the community's clock: 23:30 UTC is already the next day in Madrid", async () => {
      const presenter = await signedIn();
      const date = farDate();
      await breakfast(date, presenter.id);
      const eightDaysBefore = addDays(date, -8);
      await work.remindBreakfasts(new Date(`${eightDaysBefore}T20:00:00.000Z`)); // 21:00 or 22:00 in Madrid: still 8 days before
      expect(await inbox(presenter.client)).toEqual([]);
      await work.remindBreakfasts(new Date(`${eightDaysBefore}T23:30:00.000Z`)); // 00:30 or 01:30 the next day in Madrid: 7 days before
      expect(await inbox(presenter.client)).toEqual([{ kind: 'breakfast_reminder', data: { date, daysBefore: '7' }, link: '/breakfasts' }]);
    });

    it('tells nobody of a cancelled breakfast, one without a presenter, or a presenter who left', async () => {
      const cancelledPresenter = await signedIn();
      const leaving = await signedIn();
      const first = farDate();
      await breakfast(first, cancelledPresenter.id, true);
      const second = addDays(first, 1);
      await breakfast(second, null);
      const third = addDays(first, 2);
      await breakfast(third, leaving.id);
      await t.dataSource.query(`UPDATE members SET status = 'deactivated' WHERE id = $1`, [leaving.id]);

      for (const date of [first, second, third]) await work.remindBreakfasts(middayOf(addDays(date, -7)));
      expect(await inbox(cancelledPresenter.client)).toEqual([]);
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM notifications WHERE member_id = $1`, [leaving.id]);
      expect(count).toBe(0);
    });

    it('tells a new presenter after a change of presenter, and not the former one again', async () => {
      const former = await signedIn();
      const next = await signedIn();
      const date = farDate();
      const session = await breakfast(date, former.id);
      await work.remindBreakfasts(middayOf(addDays(date, -7)));
      await t.dataSource.query(`UPDATE breakfast_sessions SET presenter_id = $2 WHERE id = $1`, [session, next.id]);
      await work.remindBreakfasts(middayOf(addDays(date, -7)));
      expect((await inbox(former.client)).map((told) => told.data.daysBefore)).toEqual(['7']);
      expect((await inbox(next.client)).map((told) => told.data.daysBefore)).toEqual(['7']);
    });
  });

  describe('reminders.events', () => {
    /** A base time of its own for each test, far from every other event. */
    let nextBase = Date.now() + 300 * 24 * HOUR;
    const freshBase = () => new Date((nextBase += 10 * 24 * HOUR));

    async function event(startsAt: Date, status: 'scheduled' | 'cancelled' = 'scheduled', title = 'Xerrada'): Promise<string> {
      const organiser = await createMember(t.dataSource);
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO events (title, starts_at, ends_at, timezone, format, organiser_id, status)
         VALUES ($1, $2::timestamptz, $2::timestamptz + interval '2 hours', 'Europe/Madrid', 'talk', $3, $4)
         RETURNING id`,
        [title, startsAt.toISOString(), organiser.id, status],
      );
      return id;
    }
    const rsvp = (eventId: string, memberId: string, status: 'going' | 'waitlisted' | 'not_going', seq: number | null = null) =>
      t.dataSource.query(`INSERT INTO event_rsvps (event_id, member_id, status, waitlist_seq) VALUES ($1, $2, $3, $4)`, [eventId, memberId, status, seq]);

    it('tells those going, 24 hours ahead, once however often it runs; not the waitlisted nor those not going', async () => {
      const now = freshBase();
      const startsAt = new Date(now.getTime() + 10 * HOUR);
      const id = await event(startsAt, 'scheduled', 'Taller de fotografia');
      const going = await signedIn();
      const waitlisted = await signedIn();
      const notGoing = await signedIn();
      await rsvp(id, going.id, 'going');
      await rsvp(id, waitlisted.id, 'waitlisted', 1);
      await rsvp(id, notGoing.id, 'not_going');

      await work.remindEvents(now);
      await work.remindEvents(new Date(now.getTime() + 15 * 60_000));
      await Promise.all([work.remindEvents(new Date(now.getTime() + HOUR)), work.remindEvents(new Date(now.getTime() + HOUR))]);
      expect(await inbox(going.client)).toEqual([
        { kind: 'event_reminder', data: { eventTitle: 'Taller de fotografia', startsAt: startsAt.toISOString() }, link: `/events/${id}` },
      ]);
      expect(await inbox(waitlisted.client)).toEqual([]);
      expect(await inbox(notGoing.client)).toEqual([]);

      // Whoever says «going» later in the window is reminded at the next run; the first is not told again.
      const late = await signedIn();
      await rsvp(id, late.id, 'going');
      await work.remindEvents(new Date(now.getTime() + 2 * HOUR));
      expect(await inbox(late.client)).toHaveLength(1);
      expect(await inbox(going.client)).toHaveLength(1);
    });

    it('waits until the event is 24 hours away, and never reminds of a started or cancelled one', async () => {
      const now = freshBase();
      const later = await event(new Date(now.getTime() + 30 * HOUR));
      const started = await event(new Date(now.getTime() - HOUR));
      const cancelled = await event(new Date(now.getTime() + 5 * HOUR), 'cancelled');
      const member = await signedIn();
      for (const id of [later, started, cancelled]) await rsvp(id, member.id, 'going');

      await work.remindEvents(now);
      expect(await inbox(member.client)).toEqual([]);
      await work.remindEvents(new Date(now.getTime() + 6 * HOUR + 1000)); // 23 h 59 min before `later`
      expect((await inbox(member.client)).map((told) => told.link)).toEqual([`/events/${later}`]);
    });
  });

  describe('feedback.close', () => {
    async function feedbackRequest(closesAt: Date): Promise<string> {
      const requester = await createMember(t.dataSource);
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO feedback_requests (requester_id, title, context, questions, format, minutes, deadline, closes_at, cap, audience)
         VALUES ($1, 'Landing', 'Què us sembla?', '{"S’entén?"}', 'async', 10, ($2::timestamptz)::date, $2::timestamptz, 5, 'all')
         RETURNING id`,
        [requester.id, closesAt.toISOString()],
      );
      return id;
    }
    const closedAt = async (id: string) =>
      ((await t.dataSource.query(`SELECT closed_at FROM feedback_requests WHERE id = $1`, [id]))[0].closed_at as Date | null)?.toISOString() ?? null;

    it('closes the requests whose deadline has passed, at their deadline, once', async () => {
      const now = new Date(Date.now() + 1000 * 24 * HOUR);
      const due = new Date(now.getTime() - HOUR);
      const dueId = await feedbackRequest(due);
      const notYetId = await feedbackRequest(new Date(now.getTime() + HOUR));
      const alreadyId = await feedbackRequest(new Date(now.getTime() - 2 * HOUR));
      const closedByRequester = new Date(now.getTime() - 3 * HOUR);
      await t.dataSource.query(`UPDATE feedback_requests SET closed_at = $2 WHERE id = $1`, [alreadyId, closedByRequester.toISOString()]);

      expect(await work.closeFeedback(now)).toBeGreaterThanOrEqual(1);
      expect(await closedAt(dueId)).toBe(due.toISOString());
      expect(await closedAt(notYetId)).toBeNull();
      expect(await closedAt(alreadyId)).toBe(closedByRequester.toISOString());
      expect(await work.closeFeedback(now)).toBe(0);
    });
  });

  describe('rota.fill', () => {
    const upcoming = async () =>
      (await t.dataSource.query(
        `SELECT date::text AS date, presenter_id FROM breakfast_sessions
          WHERE series_id = $1 AND date >= current_date AND date < current_date + 60 ORDER BY date`,
        [seriesId],
      )) as { date: string; presenter_id: string | null }[];

    it('does nothing while the breakfasts are off', async () => {
      await t.dataSource.query(`UPDATE breakfast_series SET active = false`);
      expect(await work.fillRota(new Date())).toBeNull();
      expect(await upcoming()).toEqual([]);
    });

    it('keeps the rota filled 8 weeks ahead, telling each new presenter; running again changes nothing', async () => {
      // Tomorrow's weekday, so that no breakfast of the rota is today (one under way is not filled).
      const tomorrow = new Date(`${addDays(todayIn('Europe/Madrid'), 1)}T12:00:00Z`).getUTCDay() || 7;
      await t.dataSource.query(`UPDATE breakfast_series SET active = true, weekday = $1, timezone = 'Europe/Madrid'`, [tomorrow]);
      const presenters = await Promise.all(Array.from({ length: 3 }, () => signedIn({ joinedAt: new Date('2016-01-01') })));
      const first = await work.fillRota(new Date());
      expect(first).toEqual({ created: 8, assigned: 8 });
      const sessions = await upcoming();
      expect(sessions).toHaveLength(8);
      expect(sessions.every((session) => session.presenter_id !== null)).toBe(true);
      expect(await work.fillRota(new Date())).toEqual({ created: 0, assigned: 0 });
      expect(await upcoming()).toEqual(sessions);

      const told = (await Promise.all(presenters.map((presenter) => inbox(presenter.client)))).flat();
      const assignedToThem = sessions.filter((session) => presenters.some((presenter) => presenter.id === session.presenter_id));
      expect(told.filter((item) => item.kind === 'breakfast_assigned').map((item) => item.data.date).sort()).toEqual(
        assignedToThem.map((session) => session.date).sort(),
      );
    });
  });
});
