import { renderHtml } from '../../test/render';
import { FocusBadge, focusState } from './focus-badge';

// 14 March 2026: Barcelona is on winter time (UTC+1).
const NOW = new Date('2026-03-14T09:00:00Z');

describe('focusState', () => {
  it('gives the time it ends at the coworking when that is today', () => {
    expect(focusState('2026-03-14T13:00:00Z', 'en', NOW)).toEqual({ kind: 'until', time: '14:00' });
    expect(focusState('2026-03-14T22:59:00Z', 'ca', NOW)).toEqual({ kind: 'until', time: '23:59' });
  });

  it('says «the rest of the day» from midnight in Barcelona on', () => {
    expect(focusState('2026-03-14T23:00:00Z', 'en', NOW)).toEqual({ kind: 'restOfDay' });
    expect(focusState('2026-03-15T08:00:00Z', 'en', NOW)).toEqual({ kind: 'restOfDay' });
  });

  it('is nothing when there is no focus or it has passed', () => {
    expect(focusState(null, 'en', NOW)).toBeNull();
    expect(focusState('2026-03-14T08:59:00Z', 'en', NOW)).toBeNull();
    expect(focusState('not a date', 'en', NOW)).toBeNull();
  });
});

describe('FocusBadge', () => {
  it('reads in each language', async () => {
    const focus = { focusUntil: '2026-03-14T13:00:00Z', openToCoffee: true };
    expect(await renderHtml(<FocusBadge focus={focus} now={NOW} />, 'en')).toContain('In focus until 14:00');
    expect(await renderHtml(<FocusBadge focus={focus} now={NOW} />, 'es')).toContain('En modo concentración hasta las 14:00');
    const ca = await renderHtml(<FocusBadge focus={focus} now={NOW} />, 'ca');
    expect(ca).toContain('En mode concentració fins a les 14:00');
    expect(ca).toContain('Disponible per a un cafè');
  });

  it('says the rest of the day, or only the coffee, or nothing', async () => {
    expect(await renderHtml(<FocusBadge focus={{ focusUntil: '2026-03-15T01:00:00Z', openToCoffee: false }} now={NOW} />)).toContain(
      'In focus for the rest of the day',
    );
    const coffee = await renderHtml(<FocusBadge focus={{ focusUntil: null, openToCoffee: true }} now={NOW} />);
    expect(coffee).toContain('Open to a coffee');
    expect(coffee).not.toContain('In focus');
    expect(await renderHtml(<FocusBadge focus={{ focusUntil: null, openToCoffee: false }} now={NOW} />)).toBe('');
  });
});
