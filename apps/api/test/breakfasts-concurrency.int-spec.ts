import type { BreakfastSession } from '@tertulia/domain';
import { community, THURSDAYS } from './utils/breakfast-fixtures';
import { startTestApp, type TestApp } from './utils/test-app';

/** Fired in parallel: on PostgreSQL (CI) these are real concurrent transactions on separate connections. */
describe('the rota under concurrent requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('never creates two breakfasts on one date nor loses an assignment', async () => {
    const { manager, members } = await community(t, 6);
    await manager.put('/api/breakfasts/settings', THURSDAYS);
    const first = (await manager.post('/api/breakfasts/rota/generate', { weeks: 2 })).body.items as BreakfastSession[];
    const [a, b] = [members.find((m) => m.id === first[0]!.presenter!.id)!, members.find((m) => m.id === first[1]!.presenter!.id)!];
    const swap = await a.client.post(`/api/breakfasts/${first[0]!.id}/swap-requests`, { withSessionId: first[1]!.id });
    const replacement = members.find((m) => m !== a && m !== b)!;

    const answers = await Promise.all([
      ...Array.from({ length: 6 }, (_, index) => manager.post('/api/breakfasts/rota/generate', { weeks: 4 + (index % 3) })),
      b.client.post(`/api/swap-requests/${swap.body.id}/accept`),
      manager.patch(`/api/breakfasts/${first[1]!.id}`, { presenterId: replacement.id }),
      a.client.put(`/api/breakfasts/${first[0]!.id}/attendance`, { attending: true }),
    ]);
    for (const answer of answers) expect([200, 409]).toContain(answer.status);

    const rows: { date: string; n: number }[] = await t.dataSource.query(
      `SELECT date::text AS date, count(*)::int AS n FROM breakfast_sessions GROUP BY date ORDER BY date`,
    );
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row.n === 1)).toBe(true);

    const items = (await manager.get('/api/breakfasts')).body.items as BreakfastSession[];
    expect(items.every((item) => item.presenter !== null)).toBe(true);
    // The swap and the manual replacement ran one after the other, in some order; each outcome is whole.
    const presenters = [items[0]!.presenter!.id, items[1]!.presenter!.id];
    expect([
      [b.id, replacement.id],
      [a.id, replacement.id],
    ]).toContainEqual(presenters);
  });
});
