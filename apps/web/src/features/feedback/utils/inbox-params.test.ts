import { inboxHref, inboxStateFromParams, listFilters, paramsFromInboxState } from './inbox-params';

describe('the feedback inbox URL', () => {
  it('reads the tab and the status, «asked of you» by default', () => {
    expect(inboxStateFromParams(new URLSearchParams(''))).toEqual({ tab: 'asked', status: null });
    expect(inboxStateFromParams(new URLSearchParams('tab=mine&status=closed'))).toEqual({ tab: 'mine', status: 'closed' });
    expect(inboxStateFromParams(new URLSearchParams('tab=all'))).toEqual({ tab: 'all', status: null });
  });

  it('ignores what it does not know', () => {
    expect(inboxStateFromParams(new URLSearchParams('tab=everything&status=maybe'))).toEqual({ tab: 'asked', status: null });
  });

  it('writes it back without the defaults, and round-trips', () => {
    expect(paramsFromInboxState({ tab: 'asked', status: null }).toString()).toBe('');
    expect(inboxHref({ tab: 'asked', status: null })).toBe('/feedback');
    expect(inboxHref({ tab: 'mine', status: 'open' })).toBe('/feedback?tab=mine&status=open');
    for (const state of [{ tab: 'all', status: 'full' }, { tab: 'asked', status: 'open' }] as const) {
      expect(inboxStateFromParams(paramsFromInboxState(state))).toEqual(state);
    }
  });

  it('asks the API for the tab’s list', () => {
    expect(listFilters({ tab: 'asked', status: null })).toEqual({ asked: true });
    expect(listFilters({ tab: 'mine', status: 'open' })).toEqual({ mine: true, status: 'open' });
    expect(listFilters({ tab: 'all', status: null })).toEqual({});
  });
});
