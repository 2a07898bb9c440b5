import type { MySeats, Networking, NetworkingPlan } from '@tertulia/domain';
import { answer, lunch, pairsOf, people, personWithSession, storedSeats, tablesOf } from './utils/networking-fixtures';
import type { Person } from './utils/signed-in';
import { startTestApp, type TestApp } from './utils/test-app';

/** Table rotations over HTTP: the manager plans from the people going, locks tables, replans; each attendee sees their own seats. */
describe('networking lunches: table plans', () => {
  let t: TestApp;
  let manager: Person;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await personWithSession(t, { role: 'manager' });
  });
  afterAll(() => t.close());

  /** A lunch with `count` people going, rotations on with these settings. */
  async function plannedLunch(count: number, settings = { tableSize: 4, rounds: 3 }) {
    const eventId = await lunch(t, manager.id);
    const going = await people(t, count);
    await answer(
      t,
      eventId,
      going.map((person) => person.id),
    );
    const turnedOn = await manager.client.put<Networking>(`/api/events/${eventId}/networking`, settings);
    expect(turnedOn.status).toBe(200);
    return { eventId, going };
  }

  const everyoneOncePerRound = (plan: NetworkingPlan, ids: string[]) => {
    for (const round of plan.rounds) expect(round.tables.flatMap((table) => table.memberIds).sort()).toEqual([...ids].sort());
  };

  it('plans 12 going people (not the waitlisted or those not going) into 3 rounds of 3 tables of 4, and keeps the plan', async () => {
    const { eventId, going } = await plannedLunch(12);
    const waiting = await people(t, 2);
    await answer(
      t,
      eventId,
      waiting.map((person) => person.id),
      'waitlisted',
    );
    const notGoing = await people(t, 1);
    await answer(t, eventId, [notGoing[0]!.id], 'not_going');

    expect((await manager.client.get<Networking>(`/api/events/${eventId}/networking`)).body).toEqual({
      enabled: true,
      tableSize: 4,
      rounds: 3,
      planned: false,
    });
    const response = await manager.client.post<NetworkingPlan>(`/api/events/${eventId}/networking/plan`);
    expect(response.status).toBe(200);
    const plan = response.body;
    expect(plan.rounds).toHaveLength(3);
    for (const round of plan.rounds) expect(round.tables.map((table) => table.memberIds.length)).toEqual([4, 4, 4]);
    everyoneOncePerRound(
      plan,
      going.map((person) => person.id),
    );
    // Three tables of four: from round 2 on, some table must seat two who already met (only three tables to come
    // from). The stats count what the plan holds: repeats beyond each pair's first meeting, and the pairs who meet.
    const pairs = pairsOf(plan);
    expect(plan.stats.repeatPairs).toBe(pairs.length - new Set(pairs).size);
    expect(plan.stats.repeatPairs).toBeLessThanOrEqual(9);
    expect(plan.stats.newPairs).toBe(new Set(pairs).size);
    expect(plan.outdated).toBe(false);
    expect(plan.people.map((person) => person.id).sort()).toEqual(going.map((person) => person.id).sort());

    // Stored: the same plan after a reload, 36 seats in the database.
    const reloaded = (await manager.client.get<NetworkingPlan>(`/api/events/${eventId}/networking/plan`)).body;
    expect(reloaded).toEqual(plan);
    expect(await storedSeats(t, eventId)).toHaveLength(36);
    expect((await manager.client.get<Networking>(`/api/events/${eventId}/networking`)).body.planned).toBe(true);
  });

  it("counts the attendees' picks: a mutual pick is one wanted pair; picks of people not going are left out", async () => {
    const { eventId, going } = await plannedLunch(8, { tableSize: 4, rounds: 2 });
    const [a, b, c, d] = going;
    const waiting = (await people(t, 1))[0]!;
    await answer(t, eventId, [waiting.id], 'waitlisted');
    const picks: [string, string][] = [
      [a!.id, b!.id],
      [b!.id, a!.id],
      [c!.id, d!.id],
      [waiting.id, a!.id],
    ];
    for (const [who, whom] of picks) await t.dataSource.query(`INSERT INTO event_wants (event_id, member_id, wanted_id) VALUES ($1, $2, $3)`, [eventId, who, whom]);

    const plan = (await manager.client.post<NetworkingPlan>(`/api/events/${eventId}/networking/plan`)).body;
    expect(plan.stats.wantsTotal).toBe(2);
    expect(plan.stats.wantsSatisfied).toBe(2);
    const pairs = new Set(pairsOf(plan));
    expect(pairs.has([a!.id, b!.id].sort().join('|'))).toBe(true);
    expect(pairs.has([c!.id, d!.id].sort().join('|'))).toBe(true);
  });

  it('keeps a locked table when the rest is regenerated; a locked seat of someone who cancelled is dropped', async () => {
    const { eventId, going } = await plannedLunch(12);
    const first = (await manager.client.post<NetworkingPlan>(`/api/events/${eventId}/networking/plan`)).body;
    const lockedTable = [...first.rounds[1]!.tables[0]!.memberIds].sort();

    const locked = await manager.client.put<NetworkingPlan>(`/api/events/${eventId}/networking/plan/locks`, { round: 2, table: 1, locked: true });
    expect(locked.status).toBe(200);
    expect(locked.body.rounds[1]!.tables[0]!.locked).toBe(true);
    expect(locked.body.rounds.flatMap((round) => round.tables).filter((table) => table.locked)).toHaveLength(1);

    // Regenerating until something else moves: the locked table never does.
    let again = first;
    for (let attempt = 0; attempt < 5 && JSON.stringify(tablesOf(again)) === JSON.stringify(tablesOf(first)); attempt++) {
      const response = await manager.client.post<NetworkingPlan>(`/api/events/${eventId}/networking/plan`);
      expect(response.status).toBe(200);
      again = response.body;
      expect([...again.rounds[1]!.tables[0]!.memberIds].sort()).toEqual(lockedTable);
      expect(again.rounds[1]!.tables[0]!.locked).toBe(true);
    }
    expect(tablesOf(again)).not.toEqual(tablesOf(first));
    everyoneOncePerRound(
      again,
      going.map((person) => person.id),
    );

    // One of the locked table's people cancels: the plan is outdated until regenerated, which drops them.
    const leaving = going.find((person) => person.id === lockedTable[0])!;
    expect((await leaving.client.put(`/api/events/${eventId}/rsvp`, { status: 'not_going' })).status).toBe(200);
    expect((await manager.client.get<NetworkingPlan>(`/api/events/${eventId}/networking/plan`)).body.outdated).toBe(true);
    const replanned = (await manager.client.post<NetworkingPlan>(`/api/events/${eventId}/networking/plan`)).body;
    expect(replanned.outdated).toBe(false);
    // The three who stay keep their table (a free seat there may go to someone else).
    expect(replanned.rounds[1]!.tables[0]!.memberIds).toEqual(expect.arrayContaining(lockedTable.slice(1)));
    expect(replanned.rounds[1]!.tables[0]!.memberIds).not.toContain(leaving.id);
    expect(replanned.rounds[1]!.tables[0]!.locked).toBe(true);
    everyoneOncePerRound(
      replanned,
      going.filter((person) => person !== leaving).map((person) => person.id),
    );

    // Unlocking.
    const unlocked = await manager.client.put<NetworkingPlan>(`/api/events/${eventId}/networking/plan/locks`, { round: 2, table: 1, locked: false });
    expect(unlocked.body.rounds.flatMap((round) => round.tables).some((table) => table.locked)).toBe(false);
  });

  it('avoids pairs who shared a table at an earlier lunch', async () => {
    const group = await people(t, 12);
    const ids = group.map((person) => person.id);
    const earlier = await lunch(t, manager.id, { daysAhead: 7 });
    await answer(t, earlier, ids);
    await manager.client.put(`/api/events/${earlier}/networking`, { tableSize: 3, rounds: 1 });
    const before = (await manager.client.post<NetworkingPlan>(`/api/events/${earlier}/networking/plan`)).body;
    const met = new Set(pairsOf(before));
    expect(met.size).toBe(12);

    const later = await lunch(t, manager.id, { daysAhead: 21 });
    await answer(t, later, ids);
    await manager.client.put(`/api/events/${later}/networking`, { tableSize: 3, rounds: 1 });
    const after = (await manager.client.post<NetworkingPlan>(`/api/events/${later}/networking/plan`)).body;
    expect(pairsOf(after).filter((pair) => met.has(pair))).toEqual([]);
    expect(after.stats.newPairs).toBe(12);
  });

  it('shows each attendee only their own tables, with the others there; nobody else sees seats or the plan', async () => {
    const { eventId, going } = await plannedLunch(12);
    const plan = (await manager.client.post<NetworkingPlan>(`/api/events/${eventId}/networking/plan`)).body;
    const names = new Map(plan.people.map((person) => [person.id, person.displayName]));

    for (const person of going.slice(0, 3)) {
      const response = await person.client.get<MySeats>(`/api/events/${eventId}/networking/my-seats`);
      expect(response.status).toBe(200);
      expect(response.body.planned).toBe(true);
      expect(response.body.rounds.map((seat) => seat.round)).toEqual([1, 2, 3]);
      response.body.rounds.forEach((seat, index) => {
        const table = plan.rounds[index]!.tables[seat.table - 1]!;
        expect(table.memberIds).toContain(person.id);
        expect(seat.with.map((mate) => mate.id).sort()).toEqual(table.memberIds.filter((id) => id !== person.id).sort());
        for (const mate of seat.with) expect(mate.displayName).toBe(names.get(mate.id));
      });
      // The full plan is the manager's.
      expect((await person.client.get(`/api/events/${eventId}/networking/plan`)).status).toBe(403);
    }

    // Waitlisted, not going, no answer: 404, nothing of the plan.
    const waiting = await personWithSession(t);
    await answer(t, eventId, [waiting.id], 'waitlisted');
    const stranger = await personWithSession(t);
    for (const reader of [waiting, stranger]) {
      const response = await reader.client.get(`/api/events/${eventId}/networking/my-seats`);
      expect(response.status).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain(going[0]!.id);
    }
    // A circle's lunch, read from outside the circle: the event itself is not found.
    const [{ id: circleId }] = await t.dataSource.query(`INSERT INTO circles (name, kind) VALUES ('Cercle tancat', 'interest') RETURNING id`);
    const circleLunch = await lunch(t, manager.id, { circleId });
    await answer(t, circleLunch, [stranger.id]);
    const hidden = await stranger.client.get(`/api/events/${circleLunch}/networking/my-seats`);
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.code).toBe('EVENT_NOT_FOUND');
    expect((await stranger.client.get(`/api/events/${circleLunch}/networking/plan`)).body.error.code).toBe('EVENT_NOT_FOUND');

    // Someone going before any plan: no seats yet.
    const { eventId: unplanned, going: early } = await plannedLunch(4);
    expect((await early[0]!.client.get<MySeats>(`/api/events/${unplanned}/networking/my-seats`)).body).toEqual({ planned: false, rounds: [] });
  });

  it('refuses bad input with a 4xx and a code, changing nothing', async () => {
    const { eventId, going } = await plannedLunch(12);
    const plan = (await manager.client.post<NetworkingPlan>(`/api/events/${eventId}/networking/plan`)).body;
    const seats = await storedSeats(t, eventId);

    for (const body of [{ tableSize: 1, rounds: 3 }, { tableSize: 4, rounds: 0 }, { tableSize: 4, rounds: 13 }, { tableSize: 4.5, rounds: 2 }, { tableSize: 4 }]) {
      const response = await manager.client.put(`/api/events/${eventId}/networking`, body);
      expect([response.status, response.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    for (const body of [{ round: 4, table: 1, locked: true }, { round: 1, table: 4, locked: true }]) {
      const response = await manager.client.put(`/api/events/${eventId}/networking/plan/locks`, body);
      expect([response.status, response.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect(await storedSeats(t, eventId)).toEqual(seats);
    expect((await manager.client.get<NetworkingPlan>(`/api/events/${eventId}/networking/plan`)).body).toEqual(plan);

    // Eleven of the twelve cancel: too few to plan; the stored plan stays as it was.
    await manager.client.put(`/api/events/${eventId}/networking/plan/locks`, { round: 1, table: 1, locked: true });
    const locks = await t.dataSource.query(`SELECT round, table_no FROM networking_locked_tables WHERE event_id = $1`, [eventId]);
    for (const person of going.slice(1)) await person.client.put(`/api/events/${eventId}/rsvp`, { status: 'not_going' });
    const tooFew = await manager.client.post(`/api/events/${eventId}/networking/plan`);
    expect([tooFew.status, tooFew.body.error.code]).toEqual([422, 'TOO_FEW_ATTENDEES']);
    expect(await storedSeats(t, eventId)).toEqual(seats);
    expect(await t.dataSource.query(`SELECT round, table_no FROM networking_locked_tables WHERE event_id = $1`, [eventId])).toEqual(locks);

    // A cancelled lunch: its plan no longer changes.
    await t.dataSource.query(`UPDATE events SET status = 'cancelled' WHERE id = $1`, [eventId]);
    const cancelled = await manager.client.put(`/api/events/${eventId}/networking/plan/locks`, { round: 1, table: 1, locked: false });
    expect([cancelled.status, cancelled.body.error.code]).toEqual([422, 'EVENT_CANCELLED']);
    expect(await t.dataSource.query(`SELECT round, table_no FROM networking_locked_tables WHERE event_id = $1`, [eventId])).toEqual(locks);

    // Too few going; rotations not turned on; another format; not the manager.
    const { eventId: lonely } = await plannedLunch(1);
    const few = await manager.client.post(`/api/events/${lonely}/networking/plan`);
    expect([few.status, few.body.error.code]).toEqual([422, 'TOO_FEW_ATTENDEES']);
    expect(await storedSeats(t, lonely)).toEqual([]);
    const off = await lunch(t, manager.id);
    const notOn = await manager.client.post(`/api/events/${off}/networking/plan`);
    expect([notOn.status, notOn.body.error.code]).toEqual([422, 'NETWORKING_OFF']);
    const noPlan = await manager.client.get(`/api/events/${off}/networking/plan`);
    expect([noPlan.status, noPlan.body.error.code]).toEqual([404, 'NETWORKING_PLAN_NOT_FOUND']);
    const talk = await lunch(t, manager.id, { format: 'talk' });
    const wrongFormat = await manager.client.put(`/api/events/${talk}/networking`, { tableSize: 4, rounds: 2 });
    expect([wrongFormat.status, wrongFormat.body.error.code]).toEqual([422, 'NETWORKING_NOT_ALLOWED']);
    const member = await going[0]!.client.put(`/api/events/${eventId}/networking`, { tableSize: 3, rounds: 2 });
    expect([member.status, member.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await t.dataSource.query(`SELECT 1 FROM networking_plans WHERE event_id = ANY($1::uuid[])`, [[off, talk]])).length).toBe(0);
  });

  it('new settings drop the stored plan, to be generated again', async () => {
    const { eventId } = await plannedLunch(9, { tableSize: 3, rounds: 2 });
    await manager.client.post(`/api/events/${eventId}/networking/plan`);
    // The same settings again change nothing.
    expect((await manager.client.put<Networking>(`/api/events/${eventId}/networking`, { tableSize: 3, rounds: 2 })).body.planned).toBe(true);
    const changed = await manager.client.put<Networking>(`/api/events/${eventId}/networking`, { tableSize: 4, rounds: 2 });
    expect(changed.body).toEqual({ enabled: true, tableSize: 4, rounds: 2, planned: false });
    expect(await storedSeats(t, eventId)).toEqual([]);
    const plan = (await manager.client.post<NetworkingPlan>(`/api/events/${eventId}/networking/plan`)).body;
    for (const round of plan.rounds) expect(round.tables.map((table) => table.memberIds.length).sort()).toEqual([3, 3, 3]);
  });
});
