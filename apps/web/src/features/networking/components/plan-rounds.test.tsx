import type { NetworkingPlan } from '@tertulia/domain';
import { renderHtml } from '../../../test/render';
import { PlanRounds } from './plan-rounds';

const person = (id: string, displayName: string) => ({ id, displayName, photoUrl: null, businessName: null, headline: null });

const plan: NetworkingPlan = {
  rounds: [
    { tables: [{ memberIds: ['a', 'b'], locked: true }, { memberIds: ['c', 'd'], locked: false }] },
    { tables: [{ memberIds: ['a', 'c'], locked: false }, { memberIds: [], locked: false }] },
  ],
  stats: { repeatPairs: 0, wantsSatisfied: 0, wantsTotal: 0, newPairs: 4 },
  tableSize: 2,
  seed: 3,
  generatedAt: '2026-11-28T12:00:00.000Z',
  outdated: false,
  people: [person('a', 'Anna Serra'), person('b', 'Berta Camps'), person('c', 'Clara Pons'), person('d', 'David Romero')],
};

describe('the manager’s table cards', () => {
  it('show each round’s tables with names, and a lock toggle per table that says whether it is pressed', async () => {
    const html = await renderHtml(<PlanRounds eventId="e" plan={plan} editable />, 'ca');
    expect(html).toContain('<h3 id="networking-round-1">Ronda 1</h3>');
    expect(html).toContain('<h3 id="networking-round-2">Ronda 2</h3>');
    expect(html).toContain('<li>Anna Serra</li><li>Berta Camps</li>');
    expect(html).toContain('aria-pressed="true" aria-label="Bloqueja la taula 1 de la ronda 1"');
    expect(html).toContain('aria-pressed="false" aria-label="Bloqueja la taula 2 de la ronda 1"');
    expect(html.match(/aria-pressed=/g)).toHaveLength(4);
    expect(html).toContain('Bloquejada');
    expect(html).toContain("Ja no hi queda ningú en aquesta taula.");
  });

  it('have no toggles once the lunch can no longer change', async () => {
    const html = await renderHtml(<PlanRounds eventId="e" plan={plan} editable={false} />, 'es');
    expect(html).toContain('Mesa 1');
    expect(html).not.toContain('aria-pressed');
  });
});
