import { randomUUID } from 'node:crypto';
import type { CalendarFeed } from '@tertulia/domain';
import { createMember, FACTORY_PASSWORD, type MemberOverrides } from './factories/member.factory';
import { signedInMember, type Person } from './utils/signed-in';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestResponse } from './utils/test-client';

const ICAL = require('ical.js').default ?? require('ical.js');

interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string;
  start: string;
  end: string;
  /** Whether DTSTART/DTEND are absolute instants (UTC or with a zone), not floating local times. */
  absolute: boolean;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
}

/** Parses a calendar file with ical.js (the parser behind Thunderbird); a file it cannot read fails the test. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  const events: ParsedEvent[] = calendar.getAllSubcomponents('vevent').map((component: any) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: component.getFirstPropertyValue('status'),
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      absolute: [event.startDate, event.endDate].every((time: any) => time.zone === ICAL.Timezone.utcTimezone || time.timezone),
      summary: event.summary,
      description: event.description ?? null,
      location: event.location ?? null,
      url: component.getFirstPropertyValue('url'),
    };
  });
  return {
    prodId: calendar.getFirstPropertyValue('prodid') as string,
    name: calendar.getFirstPropertyValue('x-wr-calname') as string,
    version: calendar.getFirstPropertyValue('version') as string,
    events,
  };
}

const iso = (moment: string) => new Date(moment).toISOString();

describe('calendar files and feeds', () => {
  let t: TestApp;
  let manager: Person;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await signedIn({ role: 'manager' });
  });
  afterAll(() => t.close());

  const signedIn = (overrides: MemberOverrides = {}) => signedInMember(t, overrides);

  interface EventFields {
    title?: string;
    description?: string | null;
    startsAt?: string;
    endsAt?: string;
    place?: string | null;
    circleId?: string | null;
    capacity?: number | null;
  }

  let dayOffset = 0;
  /** An event the manager creates through the API (for the whole space, or for any circle). */
  async function event(fields: EventFields = {}): Promise<{ id: string; startsAt: string; endsAt: string }> {
    dayOffset++;
    // Whole minutes, as people schedule (a calendar file holds seconds, not milliseconds).
    const startsAt = fields.startsAt ?? new Date(Math.floor(Date.now() / 60_000) * 60_000 + dayOffset * 86_400_000).toISOString();
    const endsAt = fields.endsAt ?? new Date(Date.parse(startsAt) + 90 * 60_000).toISOString();
    const created = await manager.client.post('/api/events', { format: 'talk', title: `Event ${dayOffset}`, ...fields, startsAt, endsAt });
    expect(created.status).toBe(201);
    expect([created.body.startsAt, created.body.endsAt].map(iso)).toEqual([iso(startsAt), iso(endsAt)]);
    return { id: created.body.id, startsAt: iso(created.body.startsAt), endsAt: iso(created.body.endsAt) };
  }

  /** PATCH /api/events/{id}: new times (the events module raises SEQUENCE). */
  async function edit(id: string, startsAt: string, endsAt: string): Promise<void> {
    expect((await manager.client.patch(`/api/events/${id}`, { startsAt, endsAt })).status).toBe(200);
  }

  /** DELETE /api/events/{id}: cancelled, answers kept. */
  async function cancel(id: string): Promise<void> {
    const response = await manager.client.delete(`/api/events/${id}`);
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('cancelled');
  }

  async function rsvp(eventId: string, person: Person, status: 'going' | 'not_going'): Promise<string> {
    const response = await person.client.put(`/api/events/${eventId}/rsvp`, { status });
    expect(response.status).toBe(200);
    return response.body.status;
  }

  let breakfastDay = 10;
  /** A breakfast on a date of its own, presented by `presenterId` (or nobody yet). */
  async function breakfast(presenterId: string | null): Promise<{ id: string; startsAt: string; endsAt: string }> {
    breakfastDay++;
    const [{ id, starts_at, ends_at }] = await t.dataSource.query(
      `INSERT INTO breakfast_sessions (series_id, date, starts_at, ends_at, place, presenter_id, topic)
       SELECT id, current_date + $1::int, date_trunc('minute', now()) + make_interval(days => $1::int),
              date_trunc('minute', now()) + make_interval(days => $1::int, mins => 45), 'La cuina', $2, 'Fotografia de producte'
         FROM breakfast_series LIMIT 1
       RETURNING id, starts_at, ends_at`,
      [breakfastDay, presenterId],
    );
    return { id, startsAt: starts_at.toISOString(), endsAt: ends_at.toISOString() };
  }

  async function feedOf(person: Person): Promise<CalendarFeed> {
    const response = await person.client.get('/api/calendar/feed');
    expect(response.status).toBe(200);
    return response.body as CalendarFeed;
  }

  /** Fetches a feed as a calendar app does: no cookie, no origin. */
  async function fetchFeed(url: string): Promise<{ status: number; headers: Headers; text: string }> {
    const response = await fetch(url);
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  const feedPath = (feed: CalendarFeed) => new URL(feed.url).pathname;

  function expectCalendarHeaders(response: TestResponse | { headers: Headers }) {
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
  }

  describe('one event as a file', () => {
    it('downloads an event with its UID, SEQUENCE, STATUS and exact times', async () => {
      const member = await signedIn();
      const created = await event({
        title: 'Dinar de networking: «Vendre més»',
        description: '## Agenda\n\n- Presentacions, dinar; xerrada',
        startsAt: '2031-03-27T13:30:00+01:00',
        endsAt: '2031-03-27T15:00:00+01:00',
        place: 'Sala gran, 2n pis',
      });
      const response = await member.client.get(`/api/events/${created.id}/ics`);
      expect(response.status).toBe(200);
      expectCalendarHeaders(response);
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="dinar-de-networking-vendre-mes.ics"');
      const file = parseCalendar(response.body);
      expect(file.version).toBe('2.0');
      expect(file.prodId).toContain('Tertulia');
      expect(file.name).toBe('Tertulia');
      expect(file.events).toEqual([
        {
          uid: `${created.id}@tertulia`,
          sequence: 0,
          status: 'CONFIRMED',
          start: '2031-03-27T12:30:00.000Z',
          end: '2031-03-27T14:00:00.000Z',
          absolute: true,
          summary: 'Dinar de networking: «Vendre més»',
          description: '## Agenda\n\n- Presentacions, dinar; xerrada',
          location: 'Sala gran, 2n pis',
          url: `${t.baseUrl}/events/${created.id}`,
        },
      ]);
      expect([file.events[0]!.start, file.events[0]!.end]).toEqual([created.startsAt, created.endsAt]);
    });

    it('keeps the instants right across a daylight-saving change', async () => {
      const member = await signedIn();
      // Madrid moves from +01:00 to +02:00 on 2031-03-30 at 02:00.
      const created = await event({ startsAt: '2031-03-29T23:30:00+01:00', endsAt: '2031-03-30T03:30:00+02:00' });
      const file = parseCalendar((await member.client.get(`/api/events/${created.id}/ics`)).body);
      expect([file.events[0]!.start, file.events[0]!.end]).toEqual(['2031-03-29T22:30:00.000Z', '2031-03-30T01:30:00.000Z']);
    });

    it('raises SEQUENCE after an edit and says CANCELLED after a cancellation', async () => {
      const member = await signedIn();
      const created = await event();
      const before = parseCalendar((await member.client.get(`/api/events/${created.id}/ics`)).body).events[0]!;
      expect(before).toMatchObject({ sequence: 0, status: 'CONFIRMED', start: created.startsAt });

      await edit(created.id, '2031-06-10T18:00:00+02:00', '2031-06-10T20:00:00+02:00');
      const edited = parseCalendar((await member.client.get(`/api/events/${created.id}/ics`)).body).events[0]!;
      expect(edited).toMatchObject({ sequence: 1, status: 'CONFIRMED', start: '2031-06-10T16:00:00.000Z', end: '2031-06-10T18:00:00.000Z' });

      await cancel(created.id);
      const cancelled = parseCalendar((await member.client.get(`/api/events/${created.id}/ics`)).body).events[0]!;
      expect(cancelled).toMatchObject({ uid: `${created.id}@tertulia`, sequence: 2, status: 'CANCELLED' });
      expect(cancelled.sequence).toBeGreaterThan(edited.sequence);
    });

    it("gives a circle's event only to its members (and the manager): 404 to anyone else", async () => {
      const admin = await signedIn();
      const circle = (await admin.client.post('/api/circles', { name: `Llibres ${randomUUID().slice(0, 6)}`, kind: 'interest' })).body;
      const created = await event({ circleId: circle.id, title: 'Club de lectura' });
      expect((await admin.client.get(`/api/events/${created.id}/ics`)).status).toBe(200);
      expect((await manager.client.get(`/api/events/${created.id}/ics`)).status).toBe(200);
      const outsider = await signedIn();
      const refused = await outsider.client.get(`/api/events/${created.id}/ics`);
      expect(refused.status).toBe(404);
      expect(refused.body.error.code).toBe('EVENT_NOT_FOUND');
      expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
      // Someone who only asked to join sees it no more than an outsider.
      await admin.client.patch(`/api/circles/${circle.id}`, { joinPolicy: 'approval' });
      await outsider.client.post(`/api/circles/${circle.id}/join`);
      expect((await outsider.client.get(`/api/events/${created.id}/ics`)).status).toBe(404);
      await admin.client.post(`/api/circles/${circle.id}/members/${outsider.id}/approve`);
      expect((await outsider.client.get(`/api/events/${created.id}/ics`)).status).toBe(200);

      const missing = await outsider.client.get(`/api/events/${randomUUID()}/ics`);
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('EVENT_NOT_FOUND');
      expect((await outsider.client.get('/api/events/not-an-id/ics')).status).toBe(400);
      expect((await t.client().get(`/api/events/${created.id}/ics`)).status).toBe(401);
    });

    it('uses PUBLIC_URL for the portal link when it is set', async () => {
      const other = await startTestApp({ PUBLIC_URL: 'https://tertulia.example.org/' });
      try {
        const member = await createMember(other.dataSource, { role: 'manager' });
        const client = other.client();
        const origin = { origin: 'https://tertulia.example.org' };
        expect((await client.request('POST', '/api/auth/login', { email: member.email, password: FACTORY_PASSWORD }, origin)).status).toBe(200);
        const [{ id }] = await other.dataSource.query(
          `INSERT INTO events (title, starts_at, ends_at, timezone, organiser_id) VALUES ('Vermut', now() + interval '1 day', now() + interval '25 hours', 'Europe/Madrid', $1) RETURNING id`,
          [member.id],
        );
        const request = (path: string) => client.request('GET', path, undefined, origin);
        expect(parseCalendar((await request(`/api/events/${id}/ics`)).body).events[0]!.url).toBe(`https://tertulia.example.org/events/${id}`);
        const feed = (await request('/api/calendar/feed')).body as CalendarFeed;
        expect(feed.url).toMatch(/^https:\/\/tertulia\.example\.org\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
        expect(feed.webcalUrl).toBe(feed.url.replace('https://', 'webcal://'));
      } finally {
        await other.close();
      }
    });
  });

  describe('the personal feed', () => {
    it('gives each member one secret address, the same until they regenerate it', async () => {
      const member = await signedIn();
      const first = await feedOf(member);
      expect(first.url).toMatch(new RegExp(`^${t.baseUrl}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
      expect(first.webcalUrl).toBe(first.url.replace(/^http:\/\//, 'webcal://'));
      expect(Number.isNaN(Date.parse(first.createdAt))).toBe(false);
      expect(await feedOf(member)).toEqual(first);
      // Two first calls at once still give one address.
      const someone = await signedIn();
      const [a, b] = await Promise.all([feedOf(someone), feedOf(someone)]);
      expect(a.url).toBe(b.url);
      // Another member's is another.
      expect((await feedOf(await signedIn())).url).not.toBe(first.url);

      const served = await fetchFeed(first.url);
      expect(served.status).toBe(200);
      expectCalendarHeaders(served);
      const file = parseCalendar(served.text);
      expect(file.name).toBe('Tertulia');
      expect(file.prodId).toContain('Tertulia');
      expect(file.events).toEqual([]);
    });

    it('revokes the old address when the member regenerates it', async () => {
      const member = await signedIn();
      const old = await feedOf(member);
      const regenerated = await member.client.post('/api/calendar/feed');
      expect(regenerated.status).toBe(200);
      const fresh = regenerated.body as CalendarFeed;
      expect(fresh.url).not.toBe(old.url);
      expect(await feedOf(member)).toEqual(fresh);

      const revoked = await fetchFeed(old.url);
      expect(revoked.status).toBe(404);
      expect(JSON.parse(revoked.text)).toEqual({ error: { code: 'CALENDAR_FEED_NOT_FOUND', message: expect.any(String), details: [] } });
      expect((await fetchFeed(fresh.url)).status).toBe(200);
      // Regenerating before ever asking for one also works.
      const newcomer = await signedIn();
      expect((await newcomer.client.post('/api/calendar/feed')).status).toBe(200);
    });

    it('answers 404 to any token it did not hand out', async () => {
      for (const token of ['A'.repeat(43), 'short', 'x'.repeat(90), '%00', 'feed']) {
        const response = await t.client().get(`/api/calendar/${token}.ics`);
        expect(response.status).toBe(404);
        expect(response.body.error.code).toBe('CALENDAR_FEED_NOT_FOUND');
      }
      // A deactivated member's feed stops working.
      const member = await signedIn();
      const feed = await feedOf(member);
      await t.dataSource.query(`UPDATE members SET status = 'deactivated' WHERE id = $1`, [member.id]);
      expect((await t.client().get(feedPath(feed))).status).toBe(404);
    });

    it('lists exactly the events the member is going to, cancelled ones as CANCELLED, and their breakfasts', async () => {
      const member = await signedIn();
      const other = await signedIn();
      const admin = await signedIn();
      const circle = (await admin.client.post('/api/circles', { name: `Ioga ${randomUUID().slice(0, 6)}`, kind: 'interest' })).body;
      await member.client.post(`/api/circles/${circle.id}/join`);

      const going = await event({ title: 'Xerrada', place: 'Auditori', startsAt: '2031-05-06T19:00:00+02:00', endsAt: '2031-05-06T20:30:00+02:00' });
      const declined = await event({ title: 'Declined' });
      const full = await event({ title: 'Full', capacity: 1 });
      const othersOnly = await event({ title: 'Other person' });
      await event({ title: 'Unanswered' });
      const circleEvent = await event({ title: 'Ioga al terrat', circleId: circle.id });
      const cancelled = await event({ title: 'Cancelled one' });
      for (const id of [going.id, circleEvent.id, cancelled.id]) expect(await rsvp(id, member, 'going')).toBe('going');
      expect(await rsvp(declined.id, member, 'going')).toBe('going');
      expect(await rsvp(declined.id, member, 'not_going')).toBe('not_going');
      expect(await rsvp(full.id, other, 'going')).toBe('going');
      expect(await rsvp(full.id, member, 'going')).toBe('waitlisted');
      expect(await rsvp(othersOnly.id, other, 'going')).toBe('going');
      expect(await rsvp(going.id, other, 'going')).toBe('going');
      await cancel(cancelled.id);
      // An event long over (written directly: the API refuses answers to past events) has left the feed.
      const [{ id: longAgo }] = await t.dataSource.query(
        `INSERT INTO events (title, starts_at, ends_at, timezone, organiser_id) VALUES ('Long ago', '2020-01-01T10:00:00Z', '2020-01-01T11:00:00Z', 'Europe/Madrid', $1) RETURNING id`,
        [manager.id],
      );
      await t.dataSource.query(`INSERT INTO event_rsvps (event_id, member_id, status) VALUES ($1, $2, 'going')`, [longAgo, member.id]);

      const presenting = await breakfast(member.id);
      const attending = await breakfast(other.id);
      const notAttending = await breakfast(null);
      const attendingCancelled = await breakfast(null);
      const othersBreakfast = await breakfast(other.id);
      for (const [id, answer] of [
        [attending.id, true],
        [notAttending.id, false],
        [attendingCancelled.id, true],
      ] as const) {
        expect((await member.client.put(`/api/breakfasts/${id}/attendance`, { attending: answer })).status).toBe(200);
      }
      expect((await other.client.put(`/api/breakfasts/${othersBreakfast.id}/attendance`, { attending: true })).status).toBe(200);
      const before = parseCalendar((await fetchFeed((await feedOf(member)).url)).text);
      const sequenceBefore = before.events.find((item) => item.uid === `breakfast-${attendingCancelled.id}@tertulia`)!.sequence;
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await manager.client.patch(`/api/breakfasts/${attendingCancelled.id}`, { status: 'cancelled' })).status).toBe(200);

      const feed = await feedOf(member);
      const served = await fetchFeed(feed.url);
      expect(served.status).toBe(200);
      expectCalendarHeaders(served);
      const file = parseCalendar(served.text);
      const byUid = new Map(file.events.map((item) => [item.uid, item]));
      expect([...byUid.keys()].sort()).toEqual(
        [
          `${going.id}@tertulia`,
          `${circleEvent.id}@tertulia`,
          `${cancelled.id}@tertulia`,
          `breakfast-${presenting.id}@tertulia`,
          `breakfast-${attending.id}@tertulia`,
          `breakfast-${attendingCancelled.id}@tertulia`,
        ].sort(),
      );
      expect(file.events).toHaveLength(6);
      // Every time is the stored instant.
      for (const [item, source] of [
        [going, `${going.id}@tertulia`],
        [circleEvent, `${circleEvent.id}@tertulia`],
        [cancelled, `${cancelled.id}@tertulia`],
        [presenting, `breakfast-${presenting.id}@tertulia`],
        [attending, `breakfast-${attending.id}@tertulia`],
        [attendingCancelled, `breakfast-${attendingCancelled.id}@tertulia`],
      ] as const) {
        expect({ uid: source, start: byUid.get(source)!.start, end: byUid.get(source)!.end, absolute: byUid.get(source)!.absolute }).toEqual({
          uid: source,
          start: item.startsAt,
          end: item.endsAt,
          absolute: true,
        });
      }
      expect(byUid.get(`${going.id}@tertulia`)).toMatchObject({
        summary: 'Xerrada',
        location: 'Auditori',
        status: 'CONFIRMED',
        sequence: 0,
        start: '2031-05-06T17:00:00.000Z',
        url: `${t.baseUrl}/events/${going.id}`,
      });
      expect(byUid.get(`${cancelled.id}@tertulia`)).toMatchObject({ status: 'CANCELLED', sequence: 1 });
      expect(byUid.get(`breakfast-${presenting.id}@tertulia`)).toMatchObject({ status: 'CONFIRMED', location: 'La cuina' });
      expect(byUid.get(`breakfast-${presenting.id}@tertulia`)!.summary).toContain('Fotografia de producte');
      const cancelledBreakfast = byUid.get(`breakfast-${attendingCancelled.id}@tertulia`)!;
      expect(cancelledBreakfast.status).toBe('CANCELLED');
      expect(cancelledBreakfast.sequence).toBeGreaterThan(sequenceBefore);

      // Once they leave the circle, its event is no longer theirs to see: it leaves the feed.
      expect((await member.client.post(`/api/circles/${circle.id}/leave`)).status).toBe(204);
      const after = parseCalendar((await fetchFeed(feed.url)).text);
      expect(after.events.map((item) => item.uid)).not.toContain(`${circleEvent.id}@tertulia`);
      expect(after.events).toHaveLength(5);
      // Answering «not going» takes an event out too.
      await rsvp(going.id, member, 'not_going');
      expect(parseCalendar((await fetchFeed(feed.url)).text).events.map((item) => item.uid)).not.toContain(`${going.id}@tertulia`);
    });

    it("lists a circle's event in the manager's feed when they go, though not in the circle", async () => {
      const admin = await signedIn();
      const circle = (await admin.client.post('/api/circles', { name: `Startups ${randomUUID().slice(0, 6)}`, kind: 'company' })).body;
      const created = await event({ circleId: circle.id });
      await rsvp(created.id, manager, 'going');
      const file = parseCalendar((await fetchFeed((await feedOf(manager)).url)).text);
      expect(file.events.map((item) => item.uid)).toContain(`${created.id}@tertulia`);
    });

    it('needs a session to read or regenerate the address, but not to fetch the feed', async () => {
      const anonymous = t.client();
      expect((await anonymous.get('/api/calendar/feed')).status).toBe(401);
      expect((await anonymous.post('/api/calendar/feed')).status).toBe(401);
      const feed = await feedOf(await signedIn());
      expect((await anonymous.get(feedPath(feed))).status).toBe(200);
    });
  });
});
