import type { Attendees, MyRsvp } from '@tertulia/domain';
import { hashToken, newToken } from '../src/common/security/tokens';
import { createMember, FACTORY_PASSWORD } from './factories/member.factory';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestClient } from './utils/test-client';

interface Person {
  id: string;
  client: TestClient;
}

const range = (n: number) => Array.from({ length: n }, (_, index) => index + 1);

/**
 * The test. Fired in parallel over real HTTP: on PostgreSQL these are concurrent transactions on separate
 * connections, decided by the event's row lock; on PGlite (one connection) they run one after another and must agree.
 */
describe('answers to an event under concurrent requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /**
   * Members straight in the database, each with a session of their own (inserted as sign-in would, so that two
   * hundred Argon2 verifications do not dominate the test) and a client from an address of its own.
   */
  async function members(count: number): Promise<Person[]> {
    const people: Person[] = [];
    for (let index = 0; index < count; index++) {
      const member = await createMember(t.dataSource, { displayName: `Persona ${String(index).padStart(3, '0')}` });
      const token = newToken();
      await t.dataSource.query(`INSERT INTO sessions (id, member_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
        hashToken(token),
        member.id,
      ]);
      const client = t.client();
      client.cookie = token;
      people.push({ id: member.id, client });
    }
    return people;
  }

  interface Row {
    member_id: string;
    status: string;
    waitlist_seq: string | null;
    position: number | null;
  }
  const rowsOf = async (eventId: string): Promise<Row[]> =>
    t.dataSource.query(
      `SELECT member_id, status, waitlist_seq,
              CASE WHEN status = 'waitlisted' THEN (rank() OVER (PARTITION BY status ORDER BY waitlist_seq))::int END AS position
         FROM event_rsvps WHERE event_id = $1
        ORDER BY status, waitlist_seq`,
      [eventId],
    );

  it('200 members answer going to a capacity-50 event: exactly 50 going, 150 waitlisted 1…150; 10 cancel: the first 10 in line go', async () => {
    const manager = t.client();
    const managerMember = await createMember(t.dataSource, { role: 'manager' });
    await manager.signIn(managerMember.email, FACTORY_PASSWORD);
    const startsAt = new Date(Date.now() + 14 * 24 * 3600 * 1000);
    const created = await manager.post('/api/events', {
      title: 'Dinar de networking',
      format: 'networking_lunch',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000).toISOString(),
      capacity: 50,
    });
    expect(created.status).toBe(201);
    const eventId: string = created.body.id;
    const people = await members(200);

    // Two hundred answers at once.
    const answers = await Promise.all(people.map((person) => person.client.put<MyRsvp>(`/api/events/${eventId}/rsvp`, { status: 'going' })));
    expect(answers.map((answer) => answer.status)).toEqual(people.map(() => 200));
    const going = answers.filter((answer) => answer.body.status === 'going');
    const waitlisted = answers.filter((answer) => answer.body.status === 'waitlisted');
    expect(going).toHaveLength(50);
    expect(waitlisted).toHaveLength(150);
    // Each answer gave its position at the time; nobody left, so those are the final positions: 1…150, each once.
    expect(waitlisted.map((answer) => answer.body.waitlistPosition).sort((a, b) => a! - b!)).toEqual(range(150));

    // In the database: 50 going, and 150 distinct sequence numbers whose ranks are 1…150 (here, the numbers themselves).
    const rows = await rowsOf(eventId);
    expect(rows.filter((row) => row.status === 'going')).toHaveLength(50);
    const line = rows.filter((row) => row.status === 'waitlisted');
    expect(line.map((row) => row.position)).toEqual(range(150));
    expect(new Set(line.map((row) => row.waitlist_seq)).size).toBe(150);
    expect(line.map((row) => Number(row.waitlist_seq))).toEqual(range(150));
    const positionOf = new Map(line.map((row) => [row.member_id, row.position]));
    people.forEach((person, index) => {
      expect(answers[index]!.body.waitlistPosition ?? null).toBe(positionOf.get(person.id) ?? null);
    });

    // Through the API: the organiser's waitlist, each member's own answer, and the counts.
    const attendees = (await manager.get<Attendees>(`/api/events/${eventId}/attendees`)).body;
    expect(attendees.counts).toEqual({ going: 50, waitlisted: 150, private: 0 });
    expect(attendees.going).toHaveLength(50);
    expect(attendees.waitlist!.map((row) => row.position)).toEqual(range(150));
    expect(attendees.waitlist!.map((row) => row.id)).toEqual(line.map((row) => row.member_id));
    const details = await Promise.all(people.slice(0, 40).map((person) => person.client.get(`/api/events/${eventId}`)));
    details.forEach((detail, index) => {
      expect(detail.body.myRsvp.waitlistPosition).toBe(positionOf.get(people[index]!.id) ?? null);
    });

    // Ten people going cancel at once: exactly the first ten in line go, in order; the rest move up to 1…140.
    const byId = new Map(people.map((person) => [person.id, person]));
    const goingIds = rows.filter((row) => row.status === 'going').map((row) => row.member_id);
    const leaving = goingIds.slice(0, 10).map((id) => byId.get(id)!);
    const cancellations = await Promise.all(
      leaving.map((person) => person.client.put<MyRsvp>(`/api/events/${eventId}/rsvp`, { status: 'not_going' })),
    );
    expect(cancellations.map((answer) => [answer.status, answer.body.status])).toEqual(leaving.map(() => [200, 'not_going']));

    const after = await rowsOf(eventId);
    const nowGoing = new Set(after.filter((row) => row.status === 'going').map((row) => row.member_id));
    expect(nowGoing.size).toBe(50);
    const firstTen = line.slice(0, 10).map((row) => row.member_id);
    for (const id of firstTen) expect(nowGoing.has(id)).toBe(true);
    for (const person of leaving) expect(nowGoing.has(person.id)).toBe(false);
    const newLine = after.filter((row) => row.status === 'waitlisted');
    expect(newLine.map((row) => row.member_id)).toEqual(line.slice(10).map((row) => row.member_id));
    expect(newLine.map((row) => row.position)).toEqual(range(140));
    expect(after.filter((row) => row.status === 'not_going').map((row) => row.member_id).sort()).toEqual(leaving.map((p) => p.id).sort());

    const afterApi = (await manager.get<Attendees>(`/api/events/${eventId}/attendees`)).body;
    expect(afterApi.counts).toEqual({ going: 50, waitlisted: 140, private: 0 });
    expect(afterApi.waitlist!.map((row) => [row.id, row.position])).toEqual(newLine.map((row, index) => [row.member_id, index + 1]));
    const promoted = await Promise.all(firstTen.map((id) => byId.get(id)!.client.get(`/api/events/${eventId}`)));
    for (const detail of promoted) expect(detail.body.myRsvp).toEqual({ status: 'going', waitlistPosition: null, private: false });
  });

  it('keeps capacity and the line whole when answers, cancellations and a capacity change race', async () => {
    const manager = t.client();
    const managerMember = await createMember(t.dataSource, { role: 'manager' });
    await manager.signIn(managerMember.email, FACTORY_PASSWORD);
    const startsAt = new Date(Date.now() + 10 * 24 * 3600 * 1000);
    const { body: event } = await manager.post('/api/events', {
      title: 'Xerrada',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3600 * 1000).toISOString(),
      capacity: 10,
    });
    const people = await members(40);
    for (const person of people.slice(0, 20)) await person.client.put(`/api/events/${event.id}/rsvp`, { status: 'going' });

    const answers = await Promise.all([
      ...people.slice(20).map((person) => person.client.put(`/api/events/${event.id}/rsvp`, { status: 'going' })),
      ...people.slice(0, 5).map((person) => person.client.put(`/api/events/${event.id}/rsvp`, { status: 'not_going' })),
      ...people.slice(10, 13).map((person) => person.client.put(`/api/events/${event.id}/rsvp`, { status: 'not_going' })),
      manager.patch(`/api/events/${event.id}`, { capacity: 15 }),
    ]);
    for (const answer of answers) expect(answer.status).toBe(200);

    const rows = await rowsOf(event.id);
    expect(rows.filter((row) => row.status === 'going')).toHaveLength(15);
    const line = rows.filter((row) => row.status === 'waitlisted');
    // 40 answers, 8 not going, 15 seats: 17 in line, 1…17.
    expect(line.map((row) => row.position)).toEqual(range(17));
    expect(new Set(line.map((row) => row.waitlist_seq)).size).toBe(17);
  });
});
