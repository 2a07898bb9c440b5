import { weeklyDates, type BreakfastSession } from '@tertulia/domain';
import { addDays, todayIn } from '../src/common/time/today';
import { community, moveToPast, presenterNames, THURSDAYS } from './utils/breakfast-fixtures';
import { startTestApp, type TestApp } from './utils/test-app';

describe('the weekly breakfast and its presenter rota', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  const upcomingThursdays = (weeks: number) => weeklyDates(addDays(todayIn('Europe/Madrid'), 1), 4, weeks);

  it('sets Thursday breakfasts with a closure and fills 8 weeks fairly: never-presented first, longest in the space first', async () => {
    const { manager, members } = await community(t, 8);
    expect((await manager.put('/api/breakfasts/settings', THURSDAYS)).body).toEqual(THURSDAYS);
    const thursdays = upcomingThursdays(8);
    const closure = await manager.post('/api/breakfasts/closures', { from: thursdays[2], to: thursdays[3], reason: 'Nadal' });
    expect(closure.status).toBe(201);

    const generated = await manager.post('/api/breakfasts/rota/generate', { weeks: 8 });
    expect(generated.status).toBe(200);
    const items = generated.body.items as BreakfastSession[];
    const dates = items.map((item) => item.date);
    expect(dates).not.toContain(thursdays[2]);
    expect(dates).not.toContain(thursdays[3]);
    expect(dates.every((date) => new Date(`${date}T12:00:00Z`).getUTCDay() === 4)).toBe(true);
    expect(generated.body.assigned).toBe(items.length);
    expect(presenterNames(items)).toEqual(members.slice(0, items.length).map((member) => member.name));
    // 09:00 in Barcelona is 08:00 UTC in winter and 07:00 UTC in summer.
    for (const item of items) {
      const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Madrid', hour: '2-digit', minute: '2-digit' }).format(new Date(item.startsAt));
      expect(local).toBe('09:00');
      expect(new Date(item.endsAt).getTime() - new Date(item.startsAt).getTime()).toBe(45 * 60_000);
    }

    // Existing assignments stay: generating again changes nothing; more weeks fill only the new slots.
    const again = await manager.post('/api/breakfasts/rota/generate', { weeks: 8 });
    expect(again.body).toMatchObject({ created: 0, assigned: 0 });
    expect(presenterNames(again.body.items)).toEqual(presenterNames(items));
    const more = await manager.post('/api/breakfasts/rota/generate', { weeks: 10 });
    expect(more.body.created).toBe(2);
    expect(presenterNames(more.body.items).slice(0, items.length)).toEqual(presenterNames(items));

    const asMember = await members[0]!.client.get('/api/breakfasts');
    expect(asMember.body.items).toHaveLength(more.body.items.length);
  });

  it('never assigns someone who opted out, is unavailable that date or deactivated, and refuses to fill when breakfasts are off', async () => {
    const { manager, members } = await community(t, 4);
    expect((await manager.post('/api/breakfasts/rota/generate', { weeks: 4 })).body.error.code).toBe('BREAKFASTS_OFF');
    await manager.put('/api/breakfasts/settings', THURSDAYS);
    const [a, b, c, d] = members;
    const thursdays = upcomingThursdays(4);
    await a!.client.put('/api/members/me/presenter', { optIn: false, unavailableDates: [] });
    const saved = await b!.client.put('/api/members/me/presenter', { optIn: true, unavailableDates: [thursdays[1], thursdays[0], thursdays[0]] });
    expect(saved.body).toEqual({ optIn: true, unavailableDates: [thursdays[0], thursdays[1]] });
    expect((await b!.client.get('/api/members/me/presenter')).body).toEqual(saved.body);
    await manager.patch(`/api/members/${d!.id}`, { status: 'deactivated' });

    const generated = await manager.post('/api/breakfasts/rota/generate', { weeks: 4 });
    // C alone may present on the first two dates (B cannot), then B's first turn, then C again.
    expect(presenterNames(generated.body.items)).toEqual([c!.name, c!.name, b!.name, c!.name]);
  });

  it('lets a presenter confirm and set the topic, and nobody else; the summary comes afterwards', async () => {
    const { manager, members } = await community(t, 2);
    await manager.put('/api/breakfasts/settings', THURSDAYS);
    const [first] = (await manager.post('/api/breakfasts/rota/generate', { weeks: 2 })).body.items as BreakfastSession[];
    const presenter = members.find((member) => member.id === first!.presenter!.id)!;
    const other = members.find((member) => member.id !== presenter.id)!;

    expect((await other.client.patch(`/api/breakfasts/${first!.id}`, { confirmed: true })).status).toBe(403);
    expect((await other.client.patch(`/api/breakfasts/${first!.id}`, { topic: 'Not mine' })).status).toBe(403);
    expect((await presenter.client.patch(`/api/breakfasts/${first!.id}`, { presenterId: other.id })).status).toBe(403);
    const confirmed = await presenter.client.patch(`/api/breakfasts/${first!.id}`, { confirmed: true, topic: 'Disseny que ven' });
    expect(confirmed.body).toMatchObject({ status: 'confirmed', topic: 'Disseny que ven' });
    const early = await presenter.client.patch(`/api/breakfasts/${first!.id}`, { summary: 'Ho vam passar bé' });
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe('BREAKFAST_NOT_HELD_YET');

    await moveToPast(t, first!.id);
    expect((await presenter.client.patch(`/api/breakfasts/${first!.id}`, { summary: 'Vam parlar de marca.' })).status).toBe(200);
    expect((await manager.patch(`/api/breakfasts/${first!.id}`, { summary: 'Vam parlar de marca i de preus.' })).status).toBe(200);
    const archive = await other.client.get(`/api/breakfasts?from=${addDays(todayIn('Europe/Madrid'), -365)}&to=${addDays(todayIn('Europe/Madrid'), -1)}`);
    expect(archive.body.items).toHaveLength(1);
    expect(archive.body.items[0]).toMatchObject({ topic: 'Disseny que ven', summary: 'Vam parlar de marca i de preus.' });
    expect((await presenter.client.put(`/api/breakfasts/${first!.id}/attendance`, { attending: true })).body.error.code).toBe('BREAKFAST_PAST');
  });

  it('gives a declined slot to the next in line, and the decliner keeps their turn for the next free slot', async () => {
    const { manager, members } = await community(t, 3);
    await manager.put('/api/breakfasts/settings', THURSDAYS);
    const [a, b, c] = members;
    const generated = (await manager.post('/api/breakfasts/rota/generate', { weeks: 2 })).body.items as BreakfastSession[];
    expect(presenterNames(generated)).toEqual([a!.name, b!.name]);

    expect((await b!.client.post(`/api/breakfasts/${generated[0]!.id}/decline`)).status).toBe(403);
    await a!.client.patch(`/api/breakfasts/${generated[0]!.id}`, { topic: 'Marca personal' });
    const declined = await a!.client.post(`/api/breakfasts/${generated[0]!.id}/decline`);
    expect(declined.status).toBe(200);
    expect(declined.body.topic).toBeNull();
    expect(declined.body.presenter.displayName).toBe(c!.name);
    expect((await a!.client.get('/api/members/me/presenter')).body.unavailableDates).toEqual([generated[0]!.date]);

    const extended = (await manager.post('/api/breakfasts/rota/generate', { weeks: 3 })).body.items as BreakfastSession[];
    expect(presenterNames(extended)).toEqual([c!.name, b!.name, a!.name]);
  });

  it('swaps two presenters only when the other accepts; a decline changes nothing', async () => {
    const { manager, members } = await community(t, 3);
    await manager.put('/api/breakfasts/settings', THURSDAYS);
    const [a, b, c] = members;
    const [first, second, third] = (await manager.post('/api/breakfasts/rota/generate', { weeks: 3 })).body.items as BreakfastSession[];

    expect((await c!.client.post(`/api/breakfasts/${first!.id}/swap-requests`, { withSessionId: second!.id })).status).toBe(403);
    const proposed = await a!.client.post(`/api/breakfasts/${first!.id}/swap-requests`, { withSessionId: second!.id });
    expect(proposed.status).toBe(201);
    expect(proposed.body.status).toBe('pending');
    const twice = await a!.client.post(`/api/breakfasts/${first!.id}/swap-requests`, { withSessionId: third!.id });
    expect(twice.body.error.code).toBe('SWAP_PENDING');
    expect((await a!.client.post(`/api/breakfasts/${first!.id}/swap-requests`, { withSessionId: first!.id })).body.error.code).toBe('SWAP_NOT_POSSIBLE');

    const seenByB = (await b!.client.get('/api/breakfasts')).body.items as BreakfastSession[];
    expect(seenByB.find((item) => item.id === second!.id)!.pendingSwap).toMatchObject({ direction: 'incoming', otherDate: first!.date, otherPresenter: a!.name });
    const seenByA = (await a!.client.get('/api/breakfasts')).body.items as BreakfastSession[];
    expect(seenByA.find((item) => item.id === first!.id)!.pendingSwap).toMatchObject({ direction: 'outgoing', otherPresenter: b!.name });
    expect((await c!.client.get('/api/breakfasts')).body.items.every((item: BreakfastSession) => item.pendingSwap === null)).toBe(true);

    expect((await c!.client.post(`/api/swap-requests/${proposed.body.id}/accept`)).status).toBe(404);
    expect((await a!.client.post(`/api/swap-requests/${proposed.body.id}/accept`)).status).toBe(403);
    const declined = await b!.client.post(`/api/swap-requests/${proposed.body.id}/decline`);
    expect(declined.body.status).toBe('declined');
    expect(presenterNames((await a!.client.get('/api/breakfasts')).body.items)).toEqual([a!.name, b!.name, c!.name]);

    await a!.client.patch(`/api/breakfasts/${first!.id}`, { topic: 'Fotografia de producte' });
    await b!.client.patch(`/api/breakfasts/${second!.id}`, { confirmed: true, topic: 'Comptabilitat per a autònoms' });
    const again = await a!.client.post(`/api/breakfasts/${first!.id}/swap-requests`, { withSessionId: second!.id });
    const accepted = await b!.client.post(`/api/swap-requests/${again.body.id}/accept`);
    expect(accepted.body.status).toBe('accepted');
    const afterSwap = (await a!.client.get('/api/breakfasts')).body.items as BreakfastSession[];
    expect(presenterNames(afterSwap)).toEqual([b!.name, a!.name, c!.name]);
    // Topics travel with their presenters; both must confirm their new dates.
    expect(afterSwap.map((item) => [item.topic, item.status])).toEqual([
      ['Comptabilitat per a autònoms', 'assigned'],
      ['Fotografia de producte', 'assigned'],
      [null, 'assigned'],
    ]);
    expect((await b!.client.post(`/api/swap-requests/${again.body.id}/accept`)).body.error.code).toBe('SWAP_STALE');
  });

  it('refuses a swap whose breakfasts changed since it was proposed', async () => {
    const { manager, members } = await community(t, 3);
    await manager.put('/api/breakfasts/settings', THURSDAYS);
    const [a, b, c] = members;
    const [first, second] = (await manager.post('/api/breakfasts/rota/generate', { weeks: 2 })).body.items as BreakfastSession[];
    const proposed = await a!.client.post(`/api/breakfasts/${first!.id}/swap-requests`, { withSessionId: second!.id });
    await manager.patch(`/api/breakfasts/${second!.id}`, { presenterId: c!.id });
    const stale = await b!.client.post(`/api/swap-requests/${proposed.body.id}/accept`);
    expect(stale.status).toBe(409);
    expect(presenterNames((await a!.client.get('/api/breakfasts')).body.items)).toEqual([a!.name, c!.name]);
  });

  it('counts who comes, for catering, and lets the manager assign, replace, cancel and restore by hand', async () => {
    const { manager, members } = await community(t, 3);
    await manager.put('/api/breakfasts/settings', THURSDAYS);
    const [first] = (await manager.post('/api/breakfasts/rota/generate', { weeks: 1 })).body.items as BreakfastSession[];
    for (const member of members) {
      expect((await member.client.put(`/api/breakfasts/${first!.id}/attendance`, { attending: true })).status).toBe(200);
    }
    const changed = await members[0]!.client.put(`/api/breakfasts/${first!.id}/attendance`, { attending: false });
    expect(changed.body).toEqual({ attending: false, headcount: 2 });
    const seen = (await manager.get('/api/breakfasts')).body.items[0];
    expect(seen).toMatchObject({ headcount: 2, attending: null });
    expect((await members[1]!.client.get('/api/breakfasts')).body.items[0].attending).toBe(true);

    const replaced = await manager.patch(`/api/breakfasts/${first!.id}`, { presenterId: members[2]!.id });
    expect(replaced.body).toMatchObject({ status: 'assigned', presenter: { id: members[2]!.id } });
    const cancelled = await manager.patch(`/api/breakfasts/${first!.id}`, { status: 'cancelled' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', presenter: null });
    expect((await members[0]!.client.put(`/api/breakfasts/${first!.id}/attendance`, { attending: true })).body.error.code).toBe('BREAKFAST_CANCELLED');
    expect((await manager.patch(`/api/breakfasts/${first!.id}`, { status: 'scheduled' })).body.status).toBe('open');
    const deactivated = members[1]!;
    await manager.patch(`/api/members/${deactivated.id}`, { status: 'deactivated' });
    expect((await manager.patch(`/api/breakfasts/${first!.id}`, { presenterId: deactivated.id })).body.error.code).toBe('PRESENTER_NOT_ELIGIBLE');
  });

  it('gives the upcoming breakfasts of a deactivated member to the next in line', async () => {
    const { manager, members } = await community(t, 3);
    await manager.put('/api/breakfasts/settings', THURSDAYS);
    const [a, b, c] = members;
    const before = (await manager.post('/api/breakfasts/rota/generate', { weeks: 2 })).body.items as BreakfastSession[];
    expect(presenterNames(before)).toEqual([a!.name, b!.name]);
    await manager.patch(`/api/members/${a!.id}`, { status: 'deactivated' });
    expect(presenterNames((await manager.get('/api/breakfasts')).body.items)).toEqual([c!.name, b!.name]);
  });

  it('removes the upcoming breakfasts a new closure covers', async () => {
    const { manager } = await community(t, 2);
    await manager.put('/api/breakfasts/settings', THURSDAYS);
    const items = (await manager.post('/api/breakfasts/rota/generate', { weeks: 3 })).body.items as BreakfastSession[];
    const closure = await manager.post('/api/breakfasts/closures', { from: items[1]!.date, to: items[1]!.date });
    expect((await manager.get('/api/breakfasts')).body.items.map((item: BreakfastSession) => item.date)).toEqual([items[0]!.date, items[2]!.date]);
    expect((await manager.get('/api/breakfasts/closures')).body.items).toEqual([{ id: closure.body.id, from: items[1]!.date, to: items[1]!.date, reason: null }]);
    expect((await manager.delete(`/api/breakfasts/closures/${closure.body.id}`)).status).toBe(204);
    expect((await manager.delete(`/api/breakfasts/closures/${closure.body.id}`)).status).toBe(404);
    expect((await manager.post('/api/breakfasts/rota/generate', { weeks: 3 })).body.created).toBe(1);
  });

  it('refuses bad input with the error body and changes nothing', async () => {
    const { manager, members } = await community(t, 1);
    const before = (await manager.get('/api/breakfasts/settings')).body;
    for (const settings of [
      { ...THURSDAYS, weekday: 8 },
      { ...THURSDAYS, startTime: '25:00' },
      { ...THURSDAYS, timezone: 'Mars/Olympus' },
      { ...THURSDAYS, durationMinutes: 0 },
      { ...THURSDAYS, owner: 'me' },
    ]) {
      const answer = await manager.put('/api/breakfasts/settings', settings);
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await manager.get('/api/breakfasts/settings')).body).toEqual(before);
    expect((await manager.post('/api/breakfasts/closures', { from: '2026-08-31', to: '2026-08-01' })).status).toBe(400);
    expect((await manager.post('/api/breakfasts/closures', { from: '2026-02-30', to: '2026-03-01' })).status).toBe(400);
    expect((await manager.post('/api/breakfasts/rota/generate', { weeks: 0 })).status).toBe(400);
    expect((await manager.get('/api/breakfasts?from=2026-01-01&to=2028-01-01')).status).toBe(400);
    expect((await members[0]!.client.put('/api/members/me/presenter', { optIn: 'yes', unavailableDates: [] })).status).toBe(400);
    expect((await manager.get('/api/breakfasts/closures')).body.items).toEqual([]);
  });
});
