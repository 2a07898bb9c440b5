import { readdir } from 'node:fs/promises';
import type { Attendees, Event, MyRsvp } from '@tertulia/domain';
import sharp from 'sharp';
import { SESSION_COOKIE } from '../src/common/auth/session-cookie';
import type { MemberOverrides } from './factories/member.factory';
import { image } from './utils/images';
import { signedInMember, type Person } from './utils/signed-in';
import { startTestApp, type TestApp } from './utils/test-app';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();
/** An event `days` from now, two hours long. */
const times = (days: number) => ({ startsAt: at(days * DAY), endsAt: at(days * DAY + 2 * HOUR) });

/** RFC 4180, enough for the export: quoted fields with doubled quotes, CRLF or LF line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (field += '"'), index++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += char;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

describe('events', () => {
  let t: TestApp;
  let manager: Person;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await signedIn({ role: 'manager', displayName: 'Marta Gestora' });
  });
  afterAll(() => t.close());

  const signedIn = (overrides: MemberOverrides = {}) => signedInMember(t, overrides);

  /** A circle straight in the database (the circles API is tested on its own), with its admins and members. */
  async function circle(admins: Person[], members: Person[] = [], pending: Person[] = []): Promise<string> {
    const [{ id }] = await t.dataSource.query(`INSERT INTO circles (name, kind) VALUES ($1, 'company') RETURNING id`, [
      `Estudi ${Math.random().toString(36).slice(2, 8)}`,
    ]);
    for (const [people, role, status] of [
      [admins, 'admin', 'active'],
      [members, 'member', 'active'],
      [pending, 'member', 'pending'],
    ] as const) {
      for (const person of people) {
        await t.dataSource.query(`INSERT INTO circle_members (circle_id, member_id, role, status) VALUES ($1, $2, $3, $4)`, [
          id,
          person.id,
          role,
          status,
        ]);
      }
    }
    return id;
  }

  async function createEvent(as: Person, fields: Record<string, unknown> = {}): Promise<Event> {
    const answer = await as.client.post('/api/events', { title: 'Dinar de networking', ...times(7), ...fields });
    expect({ status: answer.status, body: answer.body }).toMatchObject({ status: 201 });
    return answer.body as Event;
  }

  const rsvp = (person: Person, eventId: string, body: Record<string, unknown>) => person.client.put(`/api/events/${eventId}/rsvp`, body);
  const sequenceOf = async (eventId: string): Promise<number> =>
    (await t.dataSource.query(`SELECT sequence FROM events WHERE id = $1`, [eventId]))[0].sequence;

  describe('creating, editing and cancelling', () => {
    it('lets the manager create an event for the whole space, with the community time zone by default', async () => {
      const startsAt = '2031-02-12T13:30:00+01:00';
      const event = await createEvent(manager, { startsAt, endsAt: '2031-02-12T15:00:00+01:00', capacity: 12, place: 'Sala gran' });
      expect(event).toMatchObject({
        title: 'Dinar de networking',
        startsAt: '2031-02-12T12:30:00.000Z',
        endsAt: '2031-02-12T14:00:00.000Z',
        timezone: 'Europe/Madrid',
        place: 'Sala gran',
        capacity: 12,
        rsvpDeadline: null,
        format: 'social',
        status: 'scheduled',
        circle: null,
        organiser: { id: manager.id, displayName: 'Marta Gestora' },
        coverUrl: null,
        counts: { going: 0, waitlisted: 0 },
        myRsvp: null,
        canEdit: true,
      });
      const member = await signedIn();
      expect((await member.client.get(`/api/events/${event.id}`)).body).toMatchObject({ id: event.id, canEdit: false });
    });

    it('refuses bad input with 400 and writes nothing', async () => {
      const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM events`))[0].n;
      const cases = [
        { title: 'Al revés', startsAt: '2031-02-12T15:00:00+01:00', endsAt: '2031-02-12T13:00:00+01:00' },
        { title: 'Sense zona', startsAt: '2031-02-12T13:00:00', endsAt: '2031-02-12T15:00:00' },
        { title: 'Tard', ...times(3), rsvpDeadline: at(4 * DAY) },
        { title: 'Zero', ...times(3), capacity: 0 },
        { title: 'Zona', ...times(3), timezone: 'Europe/Nowhere' },
        { title: 'Format', ...times(3), format: 'party' },
        { title: '', ...times(3) },
        { title: 'Extra', ...times(3), organiserId: manager.id },
      ];
      for (const body of cases) {
        const answer = await manager.client.post('/api/events', body);
        expect({ body, status: answer.status, code: answer.body.error?.code }).toEqual({ body, status: 400, code: 'VALIDATION_FAILED' });
      }
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM events`))[0].n).toBe(before);
    });

    it("lets a circle's active admins create its events, and nobody else but the manager", async () => {
      const admin = await signedIn();
      const member = await signedIn();
      const pendingAdmin = await signedIn();
      const circleId = await circle([admin], [member]);
      await t.dataSource.query(`INSERT INTO circle_members (circle_id, member_id, role, status) VALUES ($1, $2, 'admin', 'pending')`, [
        circleId,
        pendingAdmin.id,
      ]);

      const own = await createEvent(admin, { circleId, format: 'workshop' });
      expect(own).toMatchObject({ circle: { id: circleId }, organiser: { id: admin.id }, canEdit: true, format: 'workshop' });
      expect((await createEvent(manager, { circleId })).circle?.id).toBe(circleId);

      for (const [who, body] of [
        [member, { circleId }],
        [pendingAdmin, { circleId }],
        [admin, {}],
        [member, {}],
        [admin, { circleId: null }],
      ] as const) {
        const answer = await who.client.post('/api/events', { title: 'No', ...times(5), ...body });
        expect({ status: answer.status, code: answer.body.error?.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
      }
      const unknown = await manager.client.post('/api/events', { title: 'On?', ...times(5), circleId: '0b6c3a9e-2f41-4b6f-9d55-3f1f0a4e8c21' });
      expect({ status: unknown.status, code: unknown.body.error.code }).toEqual({ status: 422, code: 'CIRCLE_NOT_FOUND' });
    });

    it('lets only the organiser and the manager edit, counting each change in the sequence', async () => {
      const admin = await signedIn();
      const otherAdmin = await signedIn();
      const member = await signedIn();
      const circleId = await circle([admin, otherAdmin], [member]);
      const event = await createEvent(admin, { circleId });
      expect(await sequenceOf(event.id)).toBe(0);

      const edited = await admin.client.patch(`/api/events/${event.id}`, { title: 'Taller de fotografia', place: null, format: 'workshop' });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ title: 'Taller de fotografia', place: null, format: 'workshop' });
      expect(await sequenceOf(event.id)).toBe(1);
      expect((await manager.client.patch(`/api/events/${event.id}`, { description: '**Porteu** la càmera' })).body.description).toBe(
        '**Porteu** la càmera',
      );
      expect(await sequenceOf(event.id)).toBe(2);

      for (const who of [otherAdmin, member]) {
        const answer = await who.client.patch(`/api/events/${event.id}`, { title: 'Meu' });
        expect({ status: answer.status, code: answer.body.error.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
        expect((await who.client.delete(`/api/events/${event.id}`)).status).toBe(403);
      }
      expect(await sequenceOf(event.id)).toBe(2);
    });

    it('checks the times as they will be stored: one end moved before the other is a 400, nothing changes', async () => {
      const event = await createEvent(manager, { ...times(10), rsvpDeadline: at(9 * DAY) });
      for (const patch of [{ endsAt: at(9 * DAY) }, { startsAt: at(11 * DAY) }, { endsAt: at(10 * DAY + HOUR), rsvpDeadline: at(10 * DAY + 3 * HOUR) }]) {
        const answer = await manager.client.patch(`/api/events/${event.id}`, patch);
        expect({ patch, status: answer.status, code: answer.body.error?.code }).toEqual({ patch, status: 400, code: 'VALIDATION_FAILED' });
      }
      expect(await manager.client.patch(`/api/events/${event.id}`, {})).toMatchObject({ status: 400 });
      // Moving the whole event later is fine.
      const moved = await manager.client.patch(`/api/events/${event.id}`, { ...times(12), rsvpDeadline: null });
      expect(moved.status).toBe(200);
      expect(moved.body.rsvpDeadline).toBeNull();
      expect((await manager.client.get(`/api/events/${event.id}`)).body.startsAt).toBe(moved.body.startsAt);
    });

    it('cancels: the event stays, cancelled, with its answers; answers and edits are then refused', async () => {
      const member = await signedIn();
      const event = await createEvent(manager);
      expect((await rsvp(member, event.id, { status: 'going' })).status).toBe(200);

      const cancelled = await manager.client.delete(`/api/events/${event.id}`);
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ id: event.id, status: 'cancelled', counts: { going: 1 } });
      expect(await sequenceOf(event.id)).toBe(1);
      // A second cancel changes nothing.
      expect((await manager.client.delete(`/api/events/${event.id}`)).body.status).toBe('cancelled');
      expect(await sequenceOf(event.id)).toBe(1);

      const detail = await member.client.get(`/api/events/${event.id}`);
      expect(detail.body).toMatchObject({ status: 'cancelled', myRsvp: { status: 'going' } });
      const list = await member.client.get('/api/events?limit=100');
      expect(list.body.items.find((item: Event) => item.id === event.id)?.status).toBe('cancelled');

      for (const body of [{ status: 'not_going' }, { status: 'going' }]) {
        const answer = await rsvp(member, event.id, body);
        expect({ status: answer.status, code: answer.body.error.code }).toEqual({ status: 422, code: 'EVENT_CANCELLED' });
      }
      const edit = await manager.client.patch(`/api/events/${event.id}`, { title: 'Tornem-hi' });
      expect({ status: edit.status, code: edit.body.error.code }).toEqual({ status: 422, code: 'EVENT_CANCELLED' });
    });
  });

  describe("a circle's event", () => {
    let admin: Person;
    let member: Person;
    let pending: Person;
    let outsider: Person;
    let circleId: string;
    let event: Event;

    beforeAll(async () => {
      [admin, member, pending, outsider] = [await signedIn(), await signedIn(), await signedIn(), await signedIn()];
      circleId = await circle([admin], [member], [pending]);
      event = await createEvent(admin, { circleId, format: 'networking_lunch', capacity: 5 });
      await rsvp(member, event.id, { status: 'going' });
      await rsvp(admin, event.id, { status: 'going' });
      expect((await admin.client.request('PUT', `/api/events/${event.id}/cover`, await image('png'), { 'content-type': 'image/png' })).status).toBe(200);
    });

    it('is invisible (404) to anyone outside the circle, a pending member too, on every route', async () => {
      for (const who of [outsider, pending]) {
        const answers = await Promise.all([
          who.client.get(`/api/events/${event.id}`),
          who.client.get(`/api/events/${event.id}/attendees`),
          who.client.get(`/api/events/${event.id}/attendees.csv`),
          who.client.put(`/api/events/${event.id}/rsvp`, { status: 'going' }),
          who.client.get(`/api/events/${event.id}/wants`),
          who.client.put(`/api/events/${event.id}/wants`, { memberIds: [member.id] }),
          who.client.get(`/api/events/${event.id}/cover`),
          who.client.patch(`/api/events/${event.id}`, { title: 'Meu' }),
          who.client.delete(`/api/events/${event.id}`),
          who.client.delete(`/api/events/${event.id}/cover`),
          who.client.request('PUT', `/api/events/${event.id}/cover`, await image('png'), { 'content-type': 'image/png' }),
        ]);
        for (const answer of answers) expect({ status: answer.status, code: answer.body.error?.code }).toEqual({ status: 404, code: 'EVENT_NOT_FOUND' });
      }
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM event_rsvps WHERE event_id = $1`, [event.id]))[0].n).toBe(2);
    });

    it('is absent from their lists, also when they ask for the circle; its members and the manager see it', async () => {
      const ids = async (who: Person, query = '') =>
        ((await who.client.get(`/api/events?limit=100${query}`)).body.items as Event[]).map((item) => item.id);
      expect(await ids(outsider)).not.toContain(event.id);
      expect(await ids(pending)).not.toContain(event.id);
      expect(await ids(outsider, `&circleId=${circleId}`)).toEqual([]);
      expect(await ids(member)).toContain(event.id);
      expect(await ids(member, `&circleId=${circleId}`)).toEqual([event.id]);
      expect(await ids(manager, `&circleId=${circleId}`)).toEqual([event.id]);
      const detail = await member.client.get(`/api/events/${event.id}`);
      expect(detail.body).toMatchObject({ circle: { id: circleId }, counts: { going: 2 }, myRsvp: { status: 'going' }, canEdit: false });
      expect((await manager.client.get(`/api/events/${event.id}/attendees`)).body.going).toHaveLength(2);
    });

    it('disappears for someone who leaves the circle', async () => {
      const leaving = await signedIn();
      await t.dataSource.query(`INSERT INTO circle_members (circle_id, member_id, role, status) VALUES ($1, $2, 'member', 'active')`, [
        circleId,
        leaving.id,
      ]);
      expect((await leaving.client.get(`/api/events/${event.id}`)).status).toBe(200);
      await t.dataSource.query(`DELETE FROM circle_members WHERE circle_id = $1 AND member_id = $2`, [circleId, leaving.id]);
      expect((await leaving.client.get(`/api/events/${event.id}`)).status).toBe(404);
    });
  });

  describe('the list', () => {
    it('pages visible events by start time (keyset), from now on by default, with the from/to, mine and circle filters', async () => {
      const member = await signedIn();
      const organiser = await signedIn();
      const circleId = await circle([organiser], [member]);
      const base = 400 * DAY;
      const mk = async (offsetDays: number, extra: Record<string, unknown> = {}) =>
        createEvent(manager, { title: `E${offsetDays}`, startsAt: at(base + offsetDays * DAY), endsAt: at(base + offsetDays * DAY + HOUR), ...extra });
      // Same start for two of them: the id breaks the tie.
      const events = [await mk(3), await mk(1), await mk(2), await mk(2), await mk(5), await mk(4, { circleId })];
      const past = await createEvent(manager, { title: 'Passat', startsAt: at(-3 * DAY), endsAt: at(-3 * DAY + HOUR) });
      const ongoing = await createEvent(manager, { title: 'Ara', startsAt: at(-HOUR), endsAt: at(HOUR) });
      const from = at(base);
      const to = at(base + 10 * DAY);

      const expected = [...events].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id)).map((e) => e.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = `/api/events?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&limit=4${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await member.client.get(query);
        expect(page.status).toBe(200);
        seen.push(...(page.body.items as Event[]).map((item) => item.id));
        cursor = page.body.nextCursor;
        pages++;
      } while (cursor);
      expect(seen).toEqual(expected);
      expect(pages).toBe(2);

      const defaults = ((await member.client.get('/api/events?limit=100')).body.items as Event[]).map((item) => item.id);
      expect(defaults).toContain(ongoing.id);
      expect(defaults).not.toContain(past.id);
      const window = await member.client.get(`/api/events?from=${encodeURIComponent(at(-4 * DAY))}&to=${encodeURIComponent(at(-DAY))}`);
      expect((window.body.items as Event[]).map((item) => item.id)).toContain(past.id);

      await rsvp(member, events[0]!.id, { status: 'going' });
      const mine = await member.client.get(`/api/events?mine=true&limit=100`);
      expect((mine.body.items as Event[]).map((item) => item.id)).toEqual([events[0]!.id]);
      expect(mine.body.items[0].myRsvp).toEqual({ status: 'going', waitlistPosition: null, private: false });
      const circleEvents = await member.client.get(`/api/events?circleId=${circleId}`);
      expect((circleEvents.body.items as Event[]).map((item) => item.id)).toEqual([events[5]!.id]);

      for (const bad of ['cursor=nope', 'limit=0', 'from=yesterday', 'mine=maybe', 'circleId=1', 'sort=title']) {
        expect({ bad, status: (await member.client.get(`/api/events?${bad}`)).status }).toEqual({ bad, status: 400 });
      }
    });
  });

  describe('answers', () => {
    it('waitlists beyond capacity with positions 1…n, moves people up, and promotes the first in line when someone going cancels', async () => {
      const event = await createEvent(manager, { capacity: 2 });
      const people = [await signedIn(), await signedIn(), await signedIn(), await signedIn(), await signedIn()];
      const answers: MyRsvp[] = [];
      for (const person of people) answers.push((await rsvp(person, event.id, { status: 'going' })).body);
      expect(answers).toEqual([
        { status: 'going', waitlistPosition: null, private: false },
        { status: 'going', waitlistPosition: null, private: false },
        { status: 'waitlisted', waitlistPosition: 1, private: false },
        { status: 'waitlisted', waitlistPosition: 2, private: false },
        { status: 'waitlisted', waitlistPosition: 3, private: false },
      ]);
      // Answering going again keeps one's place.
      expect((await rsvp(people[3]!, event.id, { status: 'going' })).body.waitlistPosition).toBe(2);

      // The first in line gives up: the others move up.
      expect((await rsvp(people[2]!, event.id, { status: 'not_going' })).body).toEqual({ status: 'not_going', waitlistPosition: null, private: false });
      expect((await people[4]!.client.get(`/api/events/${event.id}`)).body.myRsvp).toEqual({ status: 'waitlisted', waitlistPosition: 2, private: false });

      // Someone going cancels: the first in line (people[3]) is going.
      await rsvp(people[0]!, event.id, { status: 'not_going' });
      expect((await people[3]!.client.get(`/api/events/${event.id}`)).body.myRsvp.status).toBe('going');
      expect((await people[4]!.client.get(`/api/events/${event.id}`)).body.myRsvp.waitlistPosition).toBe(1);
      // Coming back goes to the end of the line.
      expect((await rsvp(people[0]!, event.id, { status: 'going' })).body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });

      const attendees = (await manager.client.get(`/api/events/${event.id}/attendees`)).body as Attendees;
      expect(attendees.counts).toEqual({ going: 2, waitlisted: 2, private: 0 });
      expect(attendees.waitlist?.map((row) => [row.id, row.position])).toEqual([
        [people[4]!.id, 1],
        [people[0]!.id, 2],
      ]);
      // The waitlist is the organiser's and the manager's to read.
      expect((await people[1]!.client.get(`/api/events/${event.id}/attendees`)).body.waitlist).toBeUndefined();
      expect((await people[1]!.client.get(`/api/events/${event.id}`)).body.counts).toEqual({ going: 2, waitlisted: 2 });
    });

    it('never lowers capacity below the people going (422); raising or removing it promotes the waitlist in order', async () => {
      const event = await createEvent(manager, { capacity: 3 });
      const people: Person[] = [];
      for (let index = 0; index < 8; index++) {
        const person = await signedIn();
        people.push(person);
        await rsvp(person, event.id, { status: 'going' });
      }
      const lower = await manager.client.patch(`/api/events/${event.id}`, { capacity: 2 });
      expect({ status: lower.status, code: lower.body.error.code }).toEqual({ status: 422, code: 'CAPACITY_BELOW_GOING' });
      expect(await sequenceOf(event.id)).toBe(0);
      expect((await manager.client.patch(`/api/events/${event.id}`, { capacity: 3 })).status).toBe(200);

      const raised = await manager.client.patch(`/api/events/${event.id}`, { capacity: 5 });
      expect(raised.body).toMatchObject({ capacity: 5, counts: { going: 5, waitlisted: 3 } });
      const going = async (): Promise<string[]> =>
        (await t.dataSource.query(`SELECT member_id FROM event_rsvps WHERE event_id = $1 AND status = 'going'`, [event.id])).map(
          (row: { member_id: string }) => row.member_id,
        );
      expect((await going()).sort()).toEqual(people.slice(0, 5).map((p) => p.id).sort());
      expect((await people[5]!.client.get(`/api/events/${event.id}`)).body.myRsvp.waitlistPosition).toBe(1);

      const unlimited = await manager.client.patch(`/api/events/${event.id}`, { capacity: null });
      expect(unlimited.body).toMatchObject({ capacity: null, counts: { going: 8, waitlisted: 0 } });
    });

    it('refuses answers after the deadline (RSVP_CLOSED), once the event started without one, and once it is over', async () => {
      const member = await signedIn();
      const closed = await createEvent(manager, { ...times(3), rsvpDeadline: at(-HOUR) });
      const started = await createEvent(manager, { startsAt: at(-HOUR), endsAt: at(HOUR) });
      const over = await createEvent(manager, { startsAt: at(-3 * HOUR), endsAt: at(-HOUR) });
      for (const [event, code] of [
        [closed, 'RSVP_CLOSED'],
        [started, 'RSVP_CLOSED'],
        [over, 'EVENT_OVER'],
      ] as const) {
        const answer = await rsvp(member, event.id, { status: 'going' });
        expect({ title: event.title, status: answer.status, code: answer.body.error?.code }).toEqual({ title: event.title, status: 422, code });
      }
      // The organiser moves the deadline: answers are open again.
      await manager.client.patch(`/api/events/${closed.id}`, { rsvpDeadline: at(2 * DAY) });
      expect((await rsvp(member, closed.id, { status: 'going' })).status).toBe(200);
      await t.dataSource.query(`UPDATE events SET rsvp_deadline = now() - interval '1 minute' WHERE id = $1`, [closed.id]);
      expect((await rsvp(member, closed.id, { status: 'not_going' })).body.error.code).toBe('RSVP_CLOSED');
      expect((await member.client.get(`/api/events/${closed.id}`)).body.myRsvp.status).toBe('going');
    });

    it('counts a private answer without listing it, to anyone, the manager too; the organiser finds it in the export', async () => {
      const event = await createEvent(manager);
      const open = await signedIn({ displayName: 'Oriol Obert' });
      const discreet = await signedIn({ displayName: 'Dana Discreta' });
      const hidden = await signedIn({ displayName: 'Hug Amagat', directoryVisible: false });
      expect((await rsvp(open, event.id, { status: 'going' })).body.private).toBe(false);
      expect((await rsvp(discreet, event.id, { status: 'going', private: true })).body).toEqual({ status: 'going', waitlistPosition: null, private: true });
      await rsvp(hidden, event.id, { status: 'going' });

      for (const reader of [open, discreet, manager]) {
        const attendees = (await reader.client.get(`/api/events/${event.id}/attendees`)).body as Attendees;
        expect(attendees.counts).toEqual({ going: 3, waitlisted: 0, private: 1 });
        expect(attendees.going.map((person) => person.id)).not.toContain(discreet.id);
        expect(attendees.going.map((person) => person.id)).toContain(open.id);
      }
      // Someone hidden from the directory is listed only to themself and the manager.
      expect(((await open.client.get(`/api/events/${event.id}/attendees`)).body as Attendees).going.map((p) => p.id)).not.toContain(hidden.id);
      expect(((await hidden.client.get(`/api/events/${event.id}/attendees`)).body as Attendees).going.map((p) => p.id)).toContain(hidden.id);
      expect(((await manager.client.get(`/api/events/${event.id}/attendees`)).body as Attendees).going.map((p) => p.id)).toContain(hidden.id);

      // Making it public again, without changing the answer.
      expect((await rsvp(discreet, event.id, { status: 'going', private: false })).body.private).toBe(false);
      expect(((await open.client.get(`/api/events/${event.id}/attendees`)).body as Attendees).going.map((p) => p.id)).toContain(discreet.id);
    });

    it('refuses a bad answer with 400', async () => {
      const member = await signedIn();
      const event = await createEvent(manager);
      for (const body of [{ status: 'maybe' }, { status: 'waitlisted' }, {}, { status: 'going', extra: 1 }]) {
        expect((await rsvp(member, event.id, body)).status).toBe(400);
      }
      expect((await member.client.put(`/api/events/not-an-id/rsvp`, { status: 'going' })).status).toBe(400);
      expect((await rsvp(member, '0b6c3a9e-2f41-4b6f-9d55-3f1f0a4e8c21', { status: 'going' })).status).toBe(404);
    });
  });

  describe('people to meet', () => {
    let lunch: Event;
    let picker: Person;
    let others: Person[];
    let notGoing: Person;
    let privateOne: Person;

    beforeAll(async () => {
      lunch = await createEvent(manager, { format: 'networking_lunch', capacity: 9 });
      picker = await signedIn();
      others = [];
      for (let index = 0; index < 6; index++) others.push(await signedIn());
      notGoing = await signedIn();
      privateOne = await signedIn();
      for (const person of [picker, ...others]) expect((await rsvp(person, lunch.id, { status: 'going' })).body.status).toBe('going');
      await rsvp(privateOne, lunch.id, { status: 'going', private: true });
      await rsvp(notGoing, lunch.id, { status: 'not_going' });
    });

    const put = (who: Person, memberIds: string[], eventId = lunch.id) => who.client.put(`/api/events/${eventId}/wants`, { memberIds });

    it('keeps up to five picks among the people going, for the caller alone', async () => {
      const picks = [others[2]!.id, others[0]!.id];
      expect((await put(picker, picks)).body).toEqual({ memberIds: picks });
      expect((await picker.client.get(`/api/events/${lunch.id}/wants`)).body).toEqual({ memberIds: picks });
      // Nobody else ever reads them: each reads only their own.
      expect((await others[2]!.client.get(`/api/events/${lunch.id}/wants`)).body).toEqual({ memberIds: [] });
      expect((await manager.client.get(`/api/events/${lunch.id}/wants`)).body).toEqual({ memberIds: [] });
      const five = others.slice(0, 5).map((p) => p.id);
      expect((await put(picker, five)).status).toBe(200);
      expect((await picker.client.get(`/api/events/${lunch.id}/wants`)).body.memberIds).toEqual(five);
      expect((await put(picker, [])).body).toEqual({ memberIds: [] });
    });

    it('refuses a sixth pick, oneself, someone not going or answering privately, and a non-attendee picking (nothing written)', async () => {
      await put(picker, [others[1]!.id]);
      const six = others.map((p) => p.id);
      expect(await put(picker, six)).toMatchObject({ status: 400 });
      expect(await put(picker, [others[0]!.id, others[0]!.id])).toMatchObject({ status: 400 });
      for (const [who, ids] of [
        [picker, [picker.id]],
        [picker, [others[0]!.id, notGoing.id]],
        [picker, [privateOne.id]],
        [picker, ['0b6c3a9e-2f41-4b6f-9d55-3f1f0a4e8c21']],
        [notGoing, [others[0]!.id]],
        [manager, [others[0]!.id]],
      ] as const) {
        const answer = await put(who, [...ids]);
        expect({ status: answer.status, code: answer.body.error?.code }).toEqual({ status: 422, code: 'WANTS_NOT_ALLOWED' });
      }
      expect((await picker.client.get(`/api/events/${lunch.id}/wants`)).body.memberIds).toEqual([others[1]!.id]);
    });

    it('holds the maximum under parallel requests and drops picks when the picker stops attending', async () => {
      const sets = [others.slice(0, 5), others.slice(1, 6), others.slice(0, 3), others.slice(2, 6)].map((set) => set.map((p) => p.id));
      const answers = await Promise.all(sets.map((set) => put(picker, set)));
      for (const answer of answers) expect([200, 409]).toContain(answer.status);
      const stored = (await t.dataSource.query(`SELECT wanted_id FROM event_wants WHERE event_id = $1 AND member_id = $2`, [lunch.id, picker.id])).map(
        (row: { wanted_id: string }) => row.wanted_id,
      );
      expect(sets.map((set) => [...set].sort())).toContainEqual([...stored].sort());

      // A pick who stops going is no longer listed; the picker who stops attending loses their picks.
      await rsvp(others[5]!, lunch.id, { status: 'not_going' });
      expect((await picker.client.get(`/api/events/${lunch.id}/wants`)).body.memberIds).not.toContain(others[5]!.id);
      await rsvp(picker, lunch.id, { status: 'not_going' });
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM event_wants WHERE member_id = $1`, [picker.id]))[0].n).toBe(0);
      await rsvp(picker, lunch.id, { status: 'going' });
      await rsvp(others[5]!, lunch.id, { status: 'going' });
    });

    it('exists only for networking lunches', async () => {
      const talk = await createEvent(manager, { format: 'talk' });
      await rsvp(picker, talk.id, { status: 'going' });
      await rsvp(others[0]!, talk.id, { status: 'going' });
      for (const answer of [await picker.client.get(`/api/events/${talk.id}/wants`), await put(picker, [others[0]!.id], talk.id)]) {
        expect({ status: answer.status, code: answer.body.error.code }).toEqual({ status: 422, code: 'WANTS_NOT_ALLOWED' });
      }
    });
  });

  describe('the attendees export', () => {
    it('lists everyone going then the waitlist, private answers included, as UTF-8 CSV with a file name', async () => {
      const organiser = await signedIn();
      const circleId = await circle([organiser]);
      const event = await createEvent(organiser, { title: "Dinar: l'àpat de Nadal", capacity: 2, circleId });
      const ona = await signedIn({ displayName: 'Ona Vidal', businessName: 'Vidal & Fills, SL', email: 'ona@example.com' });
      const biel = await signedIn({ displayName: 'Biel Roca', email: 'biel@example.com' });
      const formula = await signedIn({ displayName: '=HYPERLINK("http://x")', email: 'x@example.com' });
      const jana = await signedIn({ displayName: 'Jana "la Jana" Puig', email: 'jana@example.com' });
      for (const person of [ona, biel, formula, jana]) {
        await t.dataSource.query(`INSERT INTO circle_members (circle_id, member_id) VALUES ($1, $2)`, [circleId, person.id]);
      }
      await rsvp(ona, event.id, { status: 'going' });
      await rsvp(biel, event.id, { status: 'going', private: true });
      await rsvp(jana, event.id, { status: 'going' });
      await rsvp(formula, event.id, { status: 'going' });

      const response = await fetch(`${t.baseUrl}/api/events/${event.id}/attendees.csv`, {
        headers: { origin: t.baseUrl, 'x-forwarded-for': organiser.client.ip, cookie: `${SESSION_COOKIE}=${organiser.client.cookie}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="dinar-l-apat-de-nadal-attendees.csv"');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(bytes.subarray(3).toString('utf8'));
      expect(rows).toEqual([
        ['name', 'business', 'e-mail', 'status', 'position', 'private'],
        ['Biel Roca', '', 'biel@example.com', 'going', '', 'yes'],
        ['Ona Vidal', 'Vidal & Fills, SL', 'ona@example.com', 'going', '', 'no'],
        ['Jana "la Jana" Puig', '', 'jana@example.com', 'waitlisted', '1', 'no'],
        // A formula stays text in a spreadsheet.
        [`'=HYPERLINK("http://x")`, '', 'x@example.com', 'waitlisted', '2', 'no'],
      ]);

      expect((await manager.client.get(`/api/events/${event.id}/attendees.csv`)).status).toBe(200);
      const refused = await ona.client.get(`/api/events/${event.id}/attendees.csv`);
      expect({ status: refused.status, type: refused.headers.get('content-type'), code: refused.body.error.code }).toEqual({
        status: 403,
        type: 'application/json; charset=utf-8',
        code: 'FORBIDDEN',
      });
    });
  });

  describe('the cover', () => {
    async function fetchBytes(who: Person, url: string) {
      const response = await fetch(`${t.baseUrl}${url}`, {
        headers: { origin: t.baseUrl, 'x-forwarded-for': who.client.ip, cookie: `${SESSION_COOKIE}=${who.client.cookie}` },
      });
      return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
    }
    const upload = (who: Person, eventId: string, body: Buffer | string, type: string) =>
      who.client.request('PUT', `/api/events/${eventId}/cover`, body, { 'content-type': type });

    it('stores a 1200×630 WebP, serves it to those who see the event, replaces and removes it with its file', async () => {
      const event = await createEvent(manager);
      const member = await signedIn();
      const first = await upload(manager, event.id, await image('jpeg', 2400, 1600, { orientation: 6 }), 'image/jpeg');
      expect(first.status).toBe(200);
      expect(first.body.coverUrl).toMatch(new RegExp(`^/api/events/${event.id}/cover\\?v=[0-9a-f-]{36}\\.webp$`));

      const served = await fetchBytes(member, first.body.coverUrl);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/webp');
      expect(served.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
      const metadata = await sharp(served.bytes).metadata();
      expect({ format: metadata.format, width: metadata.width, height: metadata.height, exif: metadata.exif }).toEqual({
        format: 'webp',
        width: 1200,
        height: 630,
        exif: undefined,
      });
      expect((await fetchBytes(member, `/api/events/${event.id}/cover`)).headers.get('cache-control')).toBe('private, no-cache');

      const file = (url: string) => url.split('v=')[1]!;
      const second = await upload(manager, event.id, await image('png'), 'application/octet-stream');
      expect(second.body.coverUrl).not.toBe(first.body.coverUrl);
      const onDisk = await readdir(t.uploadsDir);
      expect(onDisk).toContain(file(second.body.coverUrl));
      expect(onDisk).not.toContain(file(first.body.coverUrl));

      const notImage = await upload(manager, event.id, 'not an image', 'image/png');
      expect({ status: notImage.status, code: notImage.body.error.code }).toEqual({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
      expect((await upload(member, event.id, await image('png'), 'image/png')).status).toBe(403);

      expect((await manager.client.delete(`/api/events/${event.id}/cover`)).status).toBe(204);
      expect((await member.client.get(`/api/events/${event.id}`)).body.coverUrl).toBeNull();
      expect((await member.client.get(`/api/events/${event.id}/cover`)).status).toBe(404);
      expect(await readdir(t.uploadsDir)).not.toContain(file(second.body.coverUrl));
    });
  });
});
