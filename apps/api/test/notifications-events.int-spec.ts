import type { Event } from '@tertulia/domain';
import type { MemberOverrides } from './factories/member.factory';
import { inbox, type Told } from './utils/inbox';
import { signedInMember, type Person } from './utils/signed-in';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestClient } from './utils/test-client';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const at = (offset: number) => new Date(Date.now() + offset).toISOString();
const times = (days: number) => ({ startsAt: at(days * DAY), endsAt: at(days * DAY + 2 * HOUR) });

describe('notifications: events', () => {
  let t: TestApp;
  let manager: Person;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await signedIn({ role: 'manager', displayName: 'Marta Gestora' });
  });
  afterAll(() => t.close());

  const signedIn = (overrides: MemberOverrides = {}) => signedInMember(t, overrides);

  async function createEvent(as: Person, fields: Record<string, unknown> = {}): Promise<Event> {
    const created = await as.client.post('/api/events', { title: 'Taller de marca', ...times(10), ...fields });
    expect({ status: created.status, body: created.body }).toMatchObject({ status: 201 });
    return created.body as Event;
  }

  async function rsvp(as: Person, eventId: string, status: 'going' | 'not_going'): Promise<string> {
    const answered = await as.client.put(`/api/events/${eventId}/rsvp`, { status });
    expect(answered.status).toBe(200);
    return answered.body.status as string;
  }

  /** A circle straight in the database, with its active members (the first its admin). */
  async function circle(people: Person[]): Promise<string> {
    const [{ id }] = await t.dataSource.query(`INSERT INTO circles (name, kind) VALUES ($1, 'company') RETURNING id`, [
      `Estudi ${Math.random().toString(36).slice(2, 8)}`,
    ]);
    for (const [index, person] of people.entries()) {
      await t.dataSource.query(`INSERT INTO circle_members (circle_id, member_id, role, status) VALUES ($1, $2, $3, 'active')`, [
        id,
        person.id,
        index === 0 ? 'admin' : 'member',
      ]);
    }
    return id;
  }

  /** The manager is shared by the tests: only what concerns this event. */
  const inboxAbout = async (client: TestClient, eventId: string) => (await inbox(client)).filter((told) => told.link === `/events/${eventId}`);

  const about = (kind: Told['kind'], event: { id: string; title: string; startsAt: string }): Told => ({
    kind,
    data: { eventTitle: event.title, startsAt: event.startsAt },
    link: `/events/${event.id}`,
  });

  it('waitlist_promoted: whoever takes a freed seat is told once, not the one who left nor those still waiting; a seat added by the organiser too', async () => {
    const event = await createEvent(manager, { capacity: 1 });
    const [going, first, second, third] = [await signedIn(), await signedIn(), await signedIn(), await signedIn()];
    expect(await rsvp(going, event.id, 'going')).toBe('going');
    for (const waiting of [first, second, third]) expect(await rsvp(waiting, event.id, 'going')).toBe('waitlisted');

    await rsvp(going, event.id, 'not_going');
    expect(await inbox(first.client)).toEqual([about('waitlist_promoted', event)]);
    expect(await inbox(going.client)).toEqual([]);
    expect(await inbox(second.client)).toEqual([]);
    expect(await inboxAbout(manager.client, event.id)).toEqual([]);

    // A refused edit (the event would end before it starts, 400) frees no seat and tells nobody.
    const refused = await manager.client.patch(`/api/events/${event.id}`, { capacity: 2, endsAt: at(-DAY) });
    expect(refused.body.error.code).toBe('VALIDATION_FAILED');
    expect(await inbox(second.client)).toEqual([]);

    // One more seat: the head of the waitlist is told; a change of capacity alone tells nobody else.
    expect((await manager.client.patch(`/api/events/${event.id}`, { capacity: 2 })).status).toBe(200);
    expect(await inbox(second.client)).toEqual([about('waitlist_promoted', event)]);
    expect(await inbox(third.client)).toEqual([]);
    expect(await inbox(first.client)).toEqual([about('waitlist_promoted', event)]);
    expect(await inboxAbout(manager.client, event.id)).toEqual([]);
  });

  it('waitlist_promoted: someone who left the circle moves up but is not told about an event they cannot see', async () => {
    const admin = await signedIn();
    const [going, gone] = [await signedIn(), await signedIn()];
    const circleId = await circle([admin, going, gone]);
    const event = await createEvent(admin, { circleId, capacity: 1 });
    await rsvp(going, event.id, 'going');
    expect(await rsvp(gone, event.id, 'going')).toBe('waitlisted');
    await t.dataSource.query(`DELETE FROM circle_members WHERE circle_id = $1 AND member_id = $2`, [circleId, gone.id]);

    await rsvp(going, event.id, 'not_going');
    const [{ status }] = await t.dataSource.query(`SELECT status FROM event_rsvps WHERE event_id = $1 AND member_id = $2`, [event.id, gone.id]);
    expect(status).toBe('going');
    expect(await inbox(gone.client)).toEqual([]);
  });

  it('event_changed: going and waitlisted are told when the time, place or title change — not the editor, not those not going or uninvolved; other edits and refused ones tell nobody', async () => {
    const organiser = manager;
    const event = await createEvent(organiser, { capacity: 2, place: 'La sala gran', title: 'Dinar de networking' });
    const [going, waiting, notGoing, uninvolved] = [await signedIn(), await signedIn(), await signedIn(), await signedIn()];
    const otherManager = await signedIn({ role: 'manager' });
    await rsvp(organiser, event.id, 'going');
    await rsvp(going, event.id, 'going');
    expect(await rsvp(waiting, event.id, 'going')).toBe('waitlisted');
    await rsvp(notGoing, event.id, 'not_going');

    // Not the time, place or title: nobody is told.
    expect((await organiser.client.patch(`/api/events/${event.id}`, { description: 'Amb postres', rsvpDeadline: null })).status).toBe(200);
    expect((await organiser.client.patch(`/api/events/${event.id}`, { title: 'Dinar de networking', place: 'La sala gran' })).status).toBe(200);
    // Refused (the event would end before it starts; fewer seats than those going): nobody is told.
    expect((await organiser.client.patch(`/api/events/${event.id}`, { title: 'Mai', endsAt: at(-DAY) })).body.error.code).toBe('VALIDATION_FAILED');
    expect((await organiser.client.patch(`/api/events/${event.id}`, { title: 'Mai', capacity: 1 })).body.error.code).toBe('CAPACITY_BELOW_GOING');
    // Someone who may not edit it (403): nobody is told.
    expect((await going.client.patch(`/api/events/${event.id}`, { title: 'Meu' })).status).toBe(403);
    for (const person of [going, waiting, notGoing, uninvolved]) expect(await inbox(person.client)).toEqual([]);
    expect(await inboxAbout(organiser.client, event.id)).toEqual([]);

    const retitled = (await organiser.client.patch(`/api/events/${event.id}`, { title: 'Dinar de primavera' })).body as Event;
    const moved = (await organiser.client.patch(`/api/events/${event.id}`, times(12))).body as Event;
    // Another manager edits: the organiser, who is going, is told; the editor is not.
    const placed = (await otherManager.client.patch(`/api/events/${event.id}`, { place: 'El terrat' })).body as Event;
    const told = [about('event_changed', retitled), about('event_changed', moved), about('event_changed', placed)];
    expect(told[1]!.data).toEqual({ eventTitle: 'Dinar de primavera', startsAt: moved.startsAt });
    expect(moved.startsAt).not.toBe(retitled.startsAt);
    expect(await inbox(going.client)).toEqual(told);
    expect(await inbox(waiting.client)).toEqual(told);
    expect(await inboxAbout(organiser.client, event.id)).toEqual([about('event_changed', placed)]);
    expect(await inbox(otherManager.client)).toEqual([]);
    expect(await inbox(notGoing.client)).toEqual([]);
    expect(await inbox(uninvolved.client)).toEqual([]);
  });

  it("event_changed: of a circle's event, only those who may still see it are told", async () => {
    const admin = await signedIn();
    const [member, leaver] = [await signedIn(), await signedIn()];
    const outsider = await signedIn();
    const circleId = await circle([admin, member, leaver]);
    const event = await createEvent(admin, { circleId, title: 'Retrospectiva' });
    for (const person of [member, leaver, manager]) await rsvp(person, event.id, 'going');
    await t.dataSource.query(`DELETE FROM circle_members WHERE circle_id = $1 AND member_id = $2`, [circleId, leaver.id]);

    const changed = (await admin.client.patch(`/api/events/${event.id}`, { place: 'Sala petita' })).body as Event;
    expect(await inbox(member.client)).toEqual([about('event_changed', changed)]);
    expect(await inbox(leaver.client)).toEqual([]);
    expect(await inbox(outsider.client)).toEqual([]);
    expect(await inbox(admin.client)).toEqual([]);
    expect(await inboxAbout(manager.client, event.id)).toEqual([about('event_changed', changed)]);
  });

  it('event_cancelled: going and waitlisted are told once, not the canceller, not those not going; a refused or second cancel tells nobody', async () => {
    const admin = await signedIn();
    const [going, waiting, notGoing, uninvolved] = [await signedIn(), await signedIn(), await signedIn(), await signedIn()];
    const circleId = await circle([admin, going, waiting, notGoing, uninvolved]);
    const event = await createEvent(admin, { circleId, capacity: 2, title: 'Sopar d’estiu' });
    await rsvp(admin, event.id, 'going');
    await rsvp(going, event.id, 'going');
    expect(await rsvp(waiting, event.id, 'going')).toBe('waitlisted');
    await rsvp(notGoing, event.id, 'not_going');

    expect((await going.client.delete(`/api/events/${event.id}`)).status).toBe(403);
    expect(await inbox(waiting.client)).toEqual([]);

    const cancelled = await admin.client.delete(`/api/events/${event.id}`);
    expect(cancelled.status).toBe(200);
    const told = [about('event_cancelled', event)];
    expect(await inbox(going.client)).toEqual(told);
    expect(await inbox(waiting.client)).toEqual(told);
    expect(await inbox(admin.client)).toEqual([]);
    expect(await inbox(notGoing.client)).toEqual([]);
    expect(await inbox(uninvolved.client)).toEqual([]);

    expect((await admin.client.delete(`/api/events/${event.id}`)).status).toBe(200);
    expect(await inbox(going.client)).toEqual(told);
    expect(await inbox(waiting.client)).toEqual(told);
  });
});
