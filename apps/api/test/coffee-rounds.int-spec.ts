import type { CoffeeMatch, CoffeeRound, CoffeeSettings } from '@tertulia/domain';
import { addDays, todayIn } from '../src/common/time/today';
import { CoffeeRoundsService } from '../src/modules/coffee/coffee-rounds.service';
import { mondayOf } from '../src/modules/coffee/coffee-week';
import { PgBossJobScheduler } from '../src/modules/jobs/pg-boss-job-scheduler';
import type { MemberOverrides } from './factories/member.factory';
import { inbox } from './utils/inbox';
import { signedInMember, type Person } from './utils/signed-in';
import { startTestApp, type TestApp } from './utils/test-app';

const ZONE = 'Europe/Madrid';

/**
 * The weekly round as the Monday job runs it (CoffeeRoundsService.weekly, the job's own entry), each test in a week
 * of its own ahead of today (weeks are unique), read back over HTTP. Each test's members opt out at its end, so that
 * the next test's round holds only its own people.
 */
describe('coffee: the weekly round', () => {
  let t: TestApp;
  let rounds: CoffeeRoundsService;
  /** Mondays 4+ weeks ahead, one per round: within the year a snooze may reach. */
  let week = addDays(mondayOf(todayIn(ZONE)), 28);
  const nextMonday = () => (week = addDays(week, 7));
  /** 10:00 in Madrid on a day: a tick of the Monday job (09:00) or after. */
  const mondayMorning = (date: string) => new Date(`${date}T09:00:00.000Z`);
  let taking: Person[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    rounds = t.app.get(CoffeeRoundsService);
  });
  afterAll(() => t.close());
  afterEach(async () => {
    for (const person of taking) await person.client.put('/api/coffee/me', { optIn: false });
    taking = [];
  });

  async function optedIn(overrides: MemberOverrides = {}, settings: Record<string, unknown> = {}): Promise<Person> {
    const person = await signedInMember(t, overrides);
    const saved = await person.client.put<CoffeeSettings>('/api/coffee/me', { optIn: true, ...settings });
    expect({ status: saved.status, body: saved.body }).toMatchObject({ status: 200, body: { optIn: true } });
    taking.push(person);
    return person;
  }

  async function weeklyRound(monday = nextMonday()): Promise<CoffeeRound> {
    const round = await rounds.weekly(mondayMorning(monday));
    expect(round).not.toBeNull();
    return round!;
  }

  const unpairedIn = async (round: CoffeeRound): Promise<number> =>
    ((await t.dataSource.query(`SELECT unpaired FROM coffee_rounds WHERE id = $1`, [round.id])) as { unpaired: number }[])[0]!.unpaired;

  const matchOf = async (person: Person): Promise<CoffeeMatch | null> => {
    const response = await person.client.get<{ match: CoffeeMatch | null }>('/api/coffee/matches/current');
    expect(response.status).toBe(200);
    return response.body.match;
  };
  const partnersOf = async (person: Person) => ((await matchOf(person))?.partners ?? []).map((partner) => partner.id).sort();

  it('registers the Monday 09:00 job', () => {
    expect(t.app.get(PgBossJobScheduler).registered().recurring).toContainEqual({ name: 'coffee.round', cron: '0 9 * * 1' });
  });

  it('pairs those opted in, skipping the opted-out, the snoozed, those in focus and the deactivated', async () => {
    const monday = nextMonday();
    const [ana, bru] = [await optedIn({ displayName: 'Ana' }), await optedIn({ displayName: 'Bru' })];
    const out = await signedInMember(t);
    await out.client.put('/api/coffee/me', { optIn: false });
    const snoozed = await optedIn({}, { snoozeUntil: monday });
    const focused = await optedIn({ focusUntil: new Date(mondayMorning(monday).getTime() + 3_600_000) });
    const gone = await optedIn({ status: 'active' });
    await t.dataSource.query(`UPDATE members SET status = 'deactivated' WHERE id = $1`, [gone.id]);
    const neverSet = await signedInMember(t);

    const round = await weeklyRound(monday);
    expect(round).toMatchObject({ weekOf: monday, groups: 1, matched: 2, newPairs: 1, repeatPairs: 0 });
    expect(await partnersOf(ana)).toEqual([bru.id]);
    expect(await partnersOf(bru)).toEqual([ana.id]);
    for (const skipped of [out, snoozed, focused, neverSet]) expect(await matchOf(skipped)).toBeNull();

    // Ana sees Bru's profile on her card, and both are told, naming the other.
    expect((await matchOf(ana))!.partners[0]).toMatchObject({ id: bru.id, displayName: 'Bru', skills: [], photoUrl: null });
    expect(await inbox(ana.client)).toContainEqual({ kind: 'coffee_matched', data: { partnerNames: 'Bru' }, link: '/coffee' });
    expect(await inbox(bru.client)).toContainEqual({ kind: 'coffee_matched', data: { partnerNames: 'Ana' }, link: '/coffee' });
    expect((await inbox(snoozed.client)).filter((told) => told.kind === 'coffee_matched')).toEqual([]);
  });

  it('the snooze ends after its day: the next week the snoozed member is paired again', async () => {
    const monday = nextMonday();
    const snoozed = await optedIn({}, { snoozeUntil: addDays(monday, 6) });
    const other = await optedIn();
    const alone = await weeklyRound(monday);
    expect(alone).toMatchObject({ matched: 0, groups: 0 });
    expect(await unpairedIn(alone)).toBe(1);
    expect(await weeklyRound()).toMatchObject({ matched: 2, groups: 1 });
    expect(await partnersOf(snoozed)).toEqual([other.id]);
  });

  it('an odd count makes one trio: everyone is matched', async () => {
    const people = [await optedIn(), await optedIn(), await optedIn(), await optedIn(), await optedIn()];
    const round = await weeklyRound();
    expect(round).toMatchObject({ groups: 2, matched: 5, newPairs: 4 });
    const sizes = await Promise.all(people.map(async (person) => (await matchOf(person))!.partners.length));
    expect(sizes.sort()).toEqual([1, 1, 2, 2, 2]);
    // Each one's partners see them back.
    for (const person of people) {
      for (const partner of await partnersOf(person)) expect(await partnersOf(people.find((p) => p.id === partner)!)).toContain(person.id);
    }
  });

  it('honours both sides of a do-not-pair list, which stays private', async () => {
    // Four people: Ana keeps Bru away, Cai keeps Dani away. The only pairings left are Ana–Cai/Bru–Dani or Ana–Dani/Bru–Cai.
    const [ana, bru, cai, dani] = [await optedIn(), await optedIn(), await optedIn(), await optedIn()];
    await ana.client.put('/api/coffee/me', { optIn: true, doNotPair: [bru.id] });
    await dani.client.put('/api/coffee/me', { optIn: true, doNotPair: [cai.id] });
    const round = await weeklyRound();
    expect(round).toMatchObject({ groups: 2, matched: 4 });
    expect(await partnersOf(ana)).not.toContain(bru.id);
    expect(await partnersOf(cai)).not.toContain(dani.id);
    // Nobody's match, nor the round, says a word of it.
    for (const person of [ana, bru, cai, dani]) expect(JSON.stringify(await matchOf(person))).not.toMatch(/doNotPair|dont|blocked/i);
    expect(JSON.stringify(round)).not.toContain(ana.id);
    // Only the owner reads their list.
    expect((await ana.client.get<CoffeeSettings>('/api/coffee/me')).body.doNotPair.map((member) => member.id)).toEqual([bru.id]);
    expect((await bru.client.get<CoffeeSettings>('/api/coffee/me')).body.doNotPair).toEqual([]);
  });

  it('someone whose only possible partner is on a list is left unpaired rather than matched with them', async () => {
    const [ana, bru] = [await optedIn(), await optedIn()];
    await bru.client.put('/api/coffee/me', { optIn: true, doNotPair: [ana.id] });
    const round = await weeklyRound();
    expect(round).toMatchObject({ groups: 0, matched: 0 });
    // Only the database keeps how many were left out: the round's answer does not say it.
    expect(round).not.toHaveProperty('unpaired');
    expect(await unpairedIn(round)).toBe(2);
    expect(await matchOf(ana)).toBeNull();
  });

  it('across rounds, pairs who never met go first: four people meet all three others in three weeks', async () => {
    const people = [await optedIn(), await optedIn(), await optedIn(), await optedIn()];
    const met = new Set<string>();
    for (let round = 0; round < 3; round++) {
      expect(await weeklyRound()).toMatchObject({ groups: 2, newPairs: 2, repeatPairs: 0 });
      for (const person of people) for (const partner of await partnersOf(person)) met.add([person.id, partner].sort().join(':'));
    }
    expect(met.size).toBe(6);
    // A fourth week must repeat someone: it says so.
    expect(await weeklyRound()).toMatchObject({ groups: 2, newPairs: 0, repeatPairs: 2 });
  });

  it('«we met» counts: a pair who met is the last to be paired again', async () => {
    const people = [await optedIn(), await optedIn(), await optedIn(), await optedIn()];
    for (let round = 0; round < 3; round++) {
      await weeklyRound();
      if (round === 0) {
        const first = (await matchOf(people[0]!))!;
        const marked = await people[0]!.client.post<CoffeeMatch>(`/api/coffee/matches/${first.id}/met`);
        expect(marked.status).toBe(200);
      }
    }
    // Everyone has met everyone once; one pair also marked «we met». The fourth week avoids that pair.
    const firstPartner = await t.dataSource.query(
      `SELECT other.member_id FROM coffee_match_members me JOIN coffee_match_members other ON other.match_id = me.match_id AND other.member_id <> me.member_id
        JOIN coffee_matches cm ON cm.id = me.match_id WHERE me.member_id = $1 AND cm.met_at IS NOT NULL`,
      [people[0]!.id],
    );
    await weeklyRound();
    expect(await partnersOf(people[0]!)).not.toContain(firstPartner[0].member_id);
  });

  it('the week has one round: a second tick of the job that week (a retry, another process) writes nothing', async () => {
    const monday = nextMonday();
    await optedIn();
    await optedIn();
    expect(await weeklyRound(monday)).toMatchObject({ matched: 2 });
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM coffee_matches`);
    // A second tick of the same week (another process, a retry): nothing more is written.
    expect(await rounds.weekly(new Date(mondayMorning(monday).getTime() + 60_000))).toBeNull();
    expect(await rounds.weekly(mondayMorning(addDays(monday, 4)))).toBeNull();
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM coffee_matches`)).toEqual(before);
  });
});
