import type { BreakfastSession } from '@tertulia/domain';
import { createMember, FACTORY_PASSWORD } from './factories/member.factory';
import { community, presenterNames, THURSDAYS } from './utils/breakfast-fixtures';
import { inbox, type Told } from './utils/inbox';
import { startTestApp, type TestApp } from './utils/test-app';

const assigned = (date: string): Told => ({ kind: 'breakfast_assigned', data: { date }, link: '/breakfasts' });
/** Notifications written by one transaction share their moment: compare them in a fixed order. */
const sorted = (told: Told[]) => [...told].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('notifications: breakfasts', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  const countFor = async (memberId: string) =>
    ((await t.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE member_id = $1`, [memberId])) as { n: number }[])[0]!.n;

  it('breakfast_assigned (rota): each new presenter is told their date once; not the manager who filled the rota, not when nothing changes or it fails', async () => {
    const { manager, members } = await community(t, 3);
    const [a, b, c] = members;
    // Breakfasts are off: the rota is refused (422) and nobody is told.
    expect((await manager.post('/api/breakfasts/rota/generate', { weeks: 3 })).status).toBe(422);
    await manager.put('/api/breakfasts/settings', THURSDAYS);
    // The manager (in the space since 2010) presents too: first in line, but it is their own doing.
    await manager.put('/api/members/me/presenter', { optIn: true, unavailableDates: [] });
    const items = (await manager.post('/api/breakfasts/rota/generate', { weeks: 3 })).body.items as BreakfastSession[];
    expect(presenterNames(items)).toEqual(['Manager', a!.name, b!.name]);

    expect(await inbox(manager)).toEqual([]);
    expect(await inbox(a!.client)).toEqual([assigned(items[1]!.date)]);
    expect(await inbox(b!.client)).toEqual([assigned(items[2]!.date)]);
    expect(await inbox(c!.client)).toEqual([]);

    // Filling again assigns nobody new: nobody is told again.
    expect((await manager.post('/api/breakfasts/rota/generate', { weeks: 3 })).body.assigned).toBe(0);
    expect(await inbox(a!.client)).toEqual([assigned(items[1]!.date)]);
    expect(await inbox(b!.client)).toEqual([assigned(items[2]!.date)]);
    expect(await inbox(c!.client)).toEqual([]);
  });

  it('breakfast_assigned (manager): the presenter the manager picks is told, the one replaced is not; the manager picking themself is not; a refused pick tells nobody', async () => {
    const { manager, managerId, members } = await community(t, 3);
    const [a, b, c] = members;
    await manager.put('/api/breakfasts/settings', THURSDAYS);
    const [first, second] = (await manager.post('/api/breakfasts/rota/generate', { weeks: 2 })).body.items as BreakfastSession[];
    expect(presenterNames([first!, second!])).toEqual([a!.name, b!.name]);

    expect((await manager.patch(`/api/breakfasts/${first!.id}`, { presenterId: c!.id })).status).toBe(200);
    expect(await inbox(c!.client)).toEqual([assigned(first!.date)]);
    expect(await inbox(a!.client)).toEqual([assigned(first!.date)]);

    // Picking the same presenter again changes nothing and tells nobody.
    expect((await manager.patch(`/api/breakfasts/${first!.id}`, { presenterId: c!.id })).status).toBe(200);
    expect(await inbox(c!.client)).toEqual([assigned(first!.date)]);

    expect((await manager.patch(`/api/breakfasts/${second!.id}`, { presenterId: managerId })).status).toBe(200);
    expect(await inbox(manager)).toEqual([]);
    expect(await inbox(b!.client)).toEqual([assigned(second!.date)]);

    const gone = await createMember(t.dataSource, { status: 'deactivated' });
    const refused = await manager.patch(`/api/breakfasts/${second!.id}`, { presenterId: gone.id });
    expect(refused.body.error.code).toBe('PRESENTER_NOT_ELIGIBLE');
    expect(await countFor(gone.id)).toBe(0);
    // A member cannot assign: 403, and nobody is told.
    expect((await a!.client.patch(`/api/breakfasts/${second!.id}`, { presenterId: a!.id })).status).toBe(403);
    expect(await inbox(a!.client)).toEqual([assigned(first!.date)]);
  });

  it('swap_proposed: the other presenter is told once with both dates; nobody else; a refused proposal tells nobody; on acceptance the proposer is told their new date', async () => {
    const { manager, members } = await community(t, 3);
    const [a, b, c] = members;
    await manager.put('/api/breakfasts/settings', THURSDAYS);
    const [first, second, third] = (await manager.post('/api/breakfasts/rota/generate', { weeks: 3 })).body.items as BreakfastSession[];

    const proposed = await a!.client.post(`/api/breakfasts/${first!.id}/swap-requests`, { withSessionId: second!.id });
    expect(proposed.status).toBe(201);
    const swapProposed: Told = {
      kind: 'swap_proposed',
      data: { proposerName: a!.name, date: first!.date, withDate: second!.date },
      link: '/breakfasts',
    };
    expect(await inbox(b!.client)).toEqual([assigned(second!.date), swapProposed]);
    expect(await inbox(a!.client)).toEqual([assigned(first!.date)]);
    expect(await inbox(c!.client)).toEqual([assigned(third!.date)]);
    expect(await inbox(manager)).toEqual([]);

    // A second proposal while one waits (409), and one from someone who does not present it (403): nobody is told.
    expect((await a!.client.post(`/api/breakfasts/${first!.id}/swap-requests`, { withSessionId: third!.id })).status).toBe(409);
    expect((await c!.client.post(`/api/breakfasts/${first!.id}/swap-requests`, { withSessionId: second!.id })).status).toBe(403);
    expect(await inbox(c!.client)).toEqual([assigned(third!.date)]);
    expect(await inbox(b!.client)).toEqual([assigned(second!.date), swapProposed]);

    expect((await b!.client.post(`/api/swap-requests/${proposed.body.id}/accept`)).body.status).toBe('accepted');
    expect(await inbox(a!.client)).toEqual([assigned(first!.date), assigned(second!.date)]);
    expect(await inbox(b!.client)).toEqual([assigned(second!.date), swapProposed]);
  });

  it('presenter_declined: every active manager but the decliner is told once; the next in line is told their date; a refused decline tells nobody', async () => {
    const { manager, members } = await community(t, 3);
    const [a, b, c] = members;
    const secondManager = await createMember(t.dataSource, { role: 'manager', displayName: 'Second Manager' });
    await t.dataSource.query(`UPDATE members SET presenter_opt_in = false WHERE id = $1`, [secondManager.id]);
    const secondManagerClient = t.client();
    await secondManagerClient.signIn(secondManager.email, FACTORY_PASSWORD);
    const formerManager = await createMember(t.dataSource, { role: 'manager', status: 'deactivated' });
    await manager.put('/api/breakfasts/settings', THURSDAYS);
    const [first, second] = (await manager.post('/api/breakfasts/rota/generate', { weeks: 2 })).body.items as BreakfastSession[];

    // Someone else's breakfast cannot be declined (403): nobody is told.
    expect((await b!.client.post(`/api/breakfasts/${first!.id}/decline`)).status).toBe(403);
    expect(await inbox(manager)).toEqual([]);

    const declined = await a!.client.post(`/api/breakfasts/${first!.id}/decline`);
    expect(declined.body.presenter.displayName).toBe(c!.name);
    const presenterDeclined: Told = { kind: 'presenter_declined', data: { presenterName: a!.name, date: first!.date }, link: '/breakfasts' };
    expect(await inbox(manager)).toEqual([presenterDeclined]);
    expect(await inbox(secondManagerClient)).toEqual([presenterDeclined]);
    expect(await countFor(formerManager.id)).toBe(0);
    expect(await inbox(c!.client)).toEqual([assigned(first!.date)]);
    expect(await inbox(a!.client)).toEqual([assigned(first!.date)]);
    expect(await inbox(b!.client)).toEqual([assigned(second!.date)]);

    // No longer theirs: a second decline is refused and tells nobody.
    expect((await a!.client.post(`/api/breakfasts/${first!.id}/decline`)).status).toBe(403);
    expect(await inbox(manager)).toEqual([presenterDeclined]);
  });

  it('breakfast_assigned (a member leaves): their breakfasts go to the next in line, who are told; not the manager who made the change', async () => {
    const { manager, members } = await community(t, 3);
    const [a, b, c] = members;
    await manager.put('/api/breakfasts/settings', THURSDAYS);
    const items = (await manager.post('/api/breakfasts/rota/generate', { weeks: 4 })).body.items as BreakfastSession[];
    expect(presenterNames(items)).toEqual([a!.name, b!.name, c!.name, a!.name]);
    expect(sorted(await inbox(a!.client))).toEqual(sorted([assigned(items[0]!.date), assigned(items[3]!.date)]));

    expect((await manager.patch(`/api/members/${b!.id}`, { status: 'deactivated' })).status).toBe(200);
    const after = (await manager.get('/api/breakfasts')).body.items as BreakfastSession[];
    const taker = members.find((member) => member.name === after[1]!.presenter?.displayName)!;
    expect(taker.id).not.toBe(b!.id);
    expect((await inbox(taker.client)).filter((told) => told.data.date === items[1]!.date)).toEqual([assigned(items[1]!.date)]);
    expect(await inbox(manager)).toEqual([]);
  });
});
