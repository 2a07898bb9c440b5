import { buildMonthGrid, formatMonth, isMonth, monthBounds, shiftMonth, weekdayNames } from './month-grid';

describe('buildMonthGrid', () => {
  it('lays a month out in whole weeks, Monday first', () => {
    // December 2026 starts on a Tuesday and ends on a Thursday.
    const weeks = buildMonthGrid('2026-12', []);
    expect(weeks).toHaveLength(5);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0]![0]).toEqual({ day: '2026-11-30', inMonth: false, events: [] });
    expect(weeks[0]![1]!.day).toBe('2026-12-01');
    expect(weeks[4]![3]!.day).toBe('2026-12-31');
    expect(weeks[4]![6]).toEqual({ day: '2027-01-03', inMonth: false, events: [] });
    expect(weeks.flat().filter((cell) => cell.inMonth)).toHaveLength(31);
  });

  it('needs six rows when a long month starts late in the week, and four for a tidy February', () => {
    expect(buildMonthGrid('2026-08', [])).toHaveLength(6); // starts on a Saturday
    expect(buildMonthGrid('2027-02', [])).toHaveLength(4); // 1 February 2027 is a Monday
  });

  it('places events on the day they start in Madrid, in the order given', () => {
    const events = [
      { id: 'a', startsAt: '2026-12-03T12:30:00Z' },
      { id: 'b', startsAt: '2026-12-03T17:00:00Z' },
      // 23:30 UTC on the 4th is already the 5th in Barcelona.
      { id: 'c', startsAt: '2026-12-04T23:30:00Z' },
    ];
    const cells = buildMonthGrid('2026-12', events).flat();
    expect(cells.find((cell) => cell.day === '2026-12-03')!.events.map((event) => event.id)).toEqual(['a', 'b']);
    expect(cells.find((cell) => cell.day === '2026-12-04')!.events).toEqual([]);
    expect(cells.find((cell) => cell.day === '2026-12-05')!.events.map((event) => event.id)).toEqual(['c']);
  });
});

describe('months', () => {
  it('moves across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-05', 0)).toBe('2026-05');
  });

  it('bounds a month at midnight in Madrid', () => {
    expect(monthBounds('2026-12')).toEqual({ from: '2026-12-01T00:00:00+01:00', to: '2027-01-01T00:00:00+01:00' });
    expect(monthBounds('2026-03')).toEqual({ from: '2026-03-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00' });
  });

  it('accepts only real months', () => {
    expect(isMonth('2026-12')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-1')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });

  it('names months and weekdays in the reader’s language', () => {
    expect(formatMonth('2026-12', 'en')).toBe('December 2026');
    expect(formatMonth('2026-12', 'es')).toBe('diciembre de 2026');
    expect(formatMonth('2026-12', 'ca')).toMatch(/desembre/);
    expect(weekdayNames('en').map((day) => day.long)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(weekdayNames('ca')[0]!.long).toBe('dilluns');
    expect(weekdayNames('es')[6]!.long).toBe('domingo');
  });
});
