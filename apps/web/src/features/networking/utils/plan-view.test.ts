import type { NetworkingPlan } from '@tertulia/domain';
import { lockedCount, peopleOf, schedulesOf } from './plan-view';

const person = (id: string, displayName: string) => ({ id, displayName, photoUrl: null, businessName: null, headline: `${displayName}'s headline` });

const plan: NetworkingPlan = {
  rounds: [
    { tables: [{ memberIds: ['a', 'b'], locked: true }, { memberIds: ['c', 'd'], locked: false }] },
    { tables: [{ memberIds: ['a', 'c'], locked: false }, { memberIds: ['b', 'd'], locked: false }] },
  ],
  stats: { repeatPairs: 0, wantsSatisfied: 1, wantsTotal: 1, newPairs: 4 },
  tableSize: 2,
  seed: 1,
  generatedAt: '2026-11-28T12:00:00.000Z',
  outdated: false,
  people: [person('a', 'Òscar'), person('b', 'Anna'), person('c', 'Zoe'), person('d', 'Berta')],
};

describe('plan views', () => {
  it("gives each person their table per round and who else sits there, by name in the reader's language", () => {
    const schedules = schedulesOf(plan, 'ca');
    expect(schedules.map((schedule) => schedule.person.displayName)).toEqual(['Anna', 'Berta', 'Òscar', 'Zoe']);
    const oscar = schedules.find((schedule) => schedule.person.id === 'a')!;
    expect(oscar.rounds.map((round) => [round.round, round.table, round.with.map((mate) => mate.displayName)])).toEqual([
      [1, 1, ['Anna']],
      [2, 1, ['Zoe']],
    ]);
  });

  it('counts the locked tables and names someone missing from the people by id', () => {
    expect(lockedCount(plan)).toBe(1);
    expect(peopleOf(plan)('zz').displayName).toBe('zz');
  });
});
