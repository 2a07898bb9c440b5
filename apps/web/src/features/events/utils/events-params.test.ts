import { filtersFromValue, filterValue, paramsFromState, stateFromParams } from './events-params';

describe('the events page URL', () => {
  it('reads the view, the month and the filter', () => {
    expect(stateFromParams(new URLSearchParams(''))).toEqual({ view: 'list', month: null, filters: {} });
    expect(stateFromParams(new URLSearchParams('view=month&month=2026-12&show=mine'))).toEqual({
      view: 'month',
      month: '2026-12',
      filters: { mine: true },
    });
    expect(stateFromParams(new URLSearchParams('circle=abc&show=mine&month=nope')).filters).toEqual({ circleId: 'abc' });
    expect(stateFromParams(new URLSearchParams('month=nope&view=month')).month).toBeNull();
  });

  it('writes it back, leaving out the defaults', () => {
    expect(paramsFromState({ view: 'list', month: '2026-12', filters: {} }).toString()).toBe('');
    expect(paramsFromState({ view: 'month', month: '2026-12', filters: { circleId: 'abc' } }).toString()).toBe('view=month&month=2026-12&circle=abc');
  });

  it('maps the filter select both ways', () => {
    for (const filters of [{}, { mine: true }, { circleId: 'abc' }]) expect(filtersFromValue(filterValue(filters))).toEqual(filters);
    expect(filtersFromValue('circle:')).toEqual({});
  });
});
