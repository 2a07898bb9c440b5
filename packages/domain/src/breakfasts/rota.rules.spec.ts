import fc from 'fast-check';
import { planRota, weeklyDates, type RotaCandidate } from './rota.rules';

const person = (id: string, joinedAt: string, extra: Partial<RotaCandidate> = {}): RotaCandidate => ({
  id,
  joinedAt,
  optedIn: true,
  active: true,
  unavailableDates: [],
  ...extra,
});

describe('weeklyDates', () => {
  it('gives the next dates on the weekday, starting on the day itself when it matches', () => {
    expect(weeklyDates('2026-11-25', 4, 3)).toEqual(['2026-11-26', '2026-12-03', '2026-12-10']);
    expect(weeklyDates('2026-11-26', 4, 1)).toEqual(['2026-11-26']);
    expect(weeklyDates('2026-12-28', 7, 2)).toEqual(['2027-01-03', '2027-01-10']);
  });
});

describe('planRota', () => {
  it('puts those who never presented first, longest in the space first, then whoever presented longest ago', () => {
    const rota = planRota({
      slots: ['2026-12-03', '2026-12-10', '2026-12-17', '2026-12-24'],
      candidates: [person('anna', '2024-01-01'), person('berta', '2022-05-01'), person('carles', '2023-03-01'), person('dolors', '2021-01-01')],
      history: [
        { memberId: 'dolors', date: '2026-10-01' },
        { memberId: 'carles', date: '2026-09-01' },
      ],
    });
    expect(rota.map((slot) => slot.memberId)).toEqual(['berta', 'anna', 'carles', 'dolors']);
  });

  it('never assigns someone who opted out, is deactivated or unavailable that date', () => {
    const rota = planRota({
      slots: ['2026-12-03', '2026-12-10'],
      candidates: [
        person('out', '2020-01-01', { optedIn: false }),
        person('gone', '2020-01-01', { active: false }),
        person('busy', '2020-06-01', { unavailableDates: ['2026-12-03'] }),
        person('free', '2025-01-01'),
      ],
      history: [],
    });
    expect(rota).toEqual([
      { date: '2026-12-03', memberId: 'free' },
      { date: '2026-12-10', memberId: 'busy' },
    ]);
  });

  it('skips closed and cancelled dates, and leaves a slot empty when nobody can', () => {
    const rota = planRota({
      slots: ['2026-08-06', '2026-08-13', '2026-09-03', '2026-09-10'],
      candidates: [person('a', '2020-01-01', { unavailableDates: ['2026-09-10'] })],
      history: [],
      closures: [{ from: '2026-08-01', to: '2026-08-31' }],
      cancelledDates: ['2026-09-03'],
    });
    expect(rota).toEqual([{ date: '2026-09-10', memberId: null }]);
  });

  const calendar = fc
    .record({
      poolSize: fc.integer({ min: 1, max: 12 }),
      weeks: fc.integer({ min: 1, max: 60 }),
      seedHistory: fc.array(fc.tuple(fc.nat(11), fc.integer({ min: 1, max: 400 })), { maxLength: 20 }),
      unavailable: fc.array(fc.tuple(fc.nat(11), fc.nat(59)), { maxLength: 40 }),
      optedOut: fc.array(fc.nat(11), { maxLength: 4 }),
      closedWeeks: fc.array(fc.nat(59), { maxLength: 10 }),
    })
    .map(({ poolSize, weeks, seedHistory, unavailable, optedOut, closedWeeks }) => {
      const slots = weeklyDates('2027-01-04', 1, weeks);
      const candidates = Array.from({ length: poolSize }, (_, index) =>
        person(`m${index}`, `20${10 + index}-01-01`, {
          optedIn: !optedOut.includes(index),
          unavailableDates: unavailable.filter(([member, week]) => member === index && week < weeks).map(([, week]) => slots[week]!),
        }),
      );
      const history = seedHistory
        .filter(([member]) => member < poolSize)
        .map(([member, daysAgo]) => ({ memberId: `m${member}`, date: new Date(Date.UTC(2027, 0, 4) - daysAgo * 86_400_000).toISOString().slice(0, 10) }));
      const cancelledDates = closedWeeks.filter((week) => week < weeks).map((week) => slots[week]!);
      return { slots, candidates, history, cancelledDates };
    });

  it('never assigns an unavailable or opted-out member (property)', () => {
    fc.assert(
      fc.property(calendar, (input) => {
        for (const { date, memberId } of planRota(input)) {
          if (memberId === null) continue;
          const candidate = input.candidates.find((c) => c.id === memberId)!;
          expect(candidate.optedIn).toBe(true);
          expect(candidate.unavailableDates).not.toContain(date);
          expect(input.cancelledDates).not.toContain(date);
        }
      }),
    );
  });

  it('is deterministic (property)', () => {
    fc.assert(fc.property(calendar, (input) => expect(planRota(input)).toEqual(planRota(structuredClone(input)))));
  });

  const constantPool = fc.record({
    poolSize: fc.integer({ min: 1, max: 15 }),
    weeks: fc.integer({ min: 1, max: 80 }),
    horizonStart: fc.nat(79),
  });

  it('with a constant pool, presentations per member differ by at most one over any horizon (property)', () => {
    fc.assert(
      fc.property(constantPool, ({ poolSize, weeks, horizonStart }) => {
        const slots = weeklyDates('2027-01-04', 4, weeks);
        const candidates = Array.from({ length: poolSize }, (_, index) => person(`m${index}`, `20${10 + index}-06-01`));
        const rota = planRota({ slots, candidates, history: [] });
        // Any horizon from the start, and any window starting later, stays balanced.
        for (const window of [rota, rota.slice(Math.min(horizonStart, rota.length))]) {
          const counts = candidates.map((c) => window.filter((slot) => slot.memberId === c.id).length);
          if (window.length > 0) expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('never lets anyone present twice within pool-size consecutive sessions (property)', () => {
    fc.assert(
      fc.property(constantPool, ({ poolSize, weeks }) => {
        const slots = weeklyDates('2027-01-04', 4, weeks);
        const candidates = Array.from({ length: poolSize }, (_, index) => person(`m${index}`, `20${10 + index}-06-01`));
        const presenters = planRota({ slots, candidates, history: [] }).map((slot) => slot.memberId);
        for (let start = 0; start + poolSize <= presenters.length; start++) {
          const window = presenters.slice(start, start + poolSize);
          expect(new Set(window).size).toBe(window.length);
        }
      }),
    );
  });
});
