import type { NetworkingPlan } from '@tertulia/domain';
import { answer, lunch, people, personWithSession, storedSeats } from './utils/networking-fixtures';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestResponse } from './utils/test-client';

/**
 * Regenerations fired at once over HTTP: on PostgreSQL concurrent transactions, serialised by the networking row's
 * lock (FOR UPDATE); on PGlite (one connection) one after another. Either way the stored plan is one whole plan.
 */
describe('networking plans under concurrent regenerations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('six regenerations and lock changes at once leave one whole plan: everyone once per round, the locked table kept', async () => {
    const manager = await personWithSession(t, { role: 'manager' });
    const eventId = await lunch(t, manager.id);
    const going = await people(t, 16);
    const ids = going.map((person) => person.id).sort();
    await answer(t, eventId, ids);
    await manager.client.put(`/api/events/${eventId}/networking`, { tableSize: 4, rounds: 4 });
    const first = (await manager.client.post<NetworkingPlan>(`/api/events/${eventId}/networking/plan`)).body;
    await manager.client.put(`/api/events/${eventId}/networking/plan/locks`, { round: 3, table: 2, locked: true });
    const locked = [...first.rounds[2]!.tables[1]!.memberIds].sort();

    const responses: TestResponse<NetworkingPlan>[] = await Promise.all([
      ...Array.from({ length: 6 }, () => manager.client.post<NetworkingPlan>(`/api/events/${eventId}/networking/plan`)),
      manager.client.put<NetworkingPlan>(`/api/events/${eventId}/networking/plan/locks`, { round: 1, table: 1, locked: true }),
    ]);
    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 200));
    for (const response of responses.slice(0, 6)) {
      // Each answer is a whole plan as it was stored by that request.
      for (const round of response.body.rounds) expect(round.tables.flatMap((table) => table.memberIds).sort()).toEqual(ids);
      expect([...response.body.rounds[2]!.tables[1]!.memberIds].sort()).toEqual(locked);
    }

    const seats: { round: number; table_no: number; member_id: string }[] = await storedSeats(t, eventId);
    expect(seats).toHaveLength(16 * 4);
    for (const round of [1, 2, 3, 4]) {
      expect(seats.filter((seat) => seat.round === round).map((seat) => seat.member_id).sort()).toEqual(ids);
      for (const table of [1, 2, 3, 4]) expect(seats.filter((seat) => seat.round === round && seat.table_no === table)).toHaveLength(4);
    }
    const stored = (await manager.client.get<NetworkingPlan>(`/api/events/${eventId}/networking/plan`)).body;
    expect([...stored.rounds[2]!.tables[1]!.memberIds].sort()).toEqual(locked);
    // The stored plan is the one the last regeneration answered (same seed, same tables).
    const last = responses.slice(0, 6).find((response) => response.body.seed === stored.seed);
    expect(last).toBeDefined();
    expect(last!.body.rounds.map((round) => round.tables.map((table) => table.memberIds))).toEqual(
      stored.rounds.map((round) => round.tables.map((table) => table.memberIds)),
    );
  });
});
