import type { NetworkingPlan } from '@tertulia/domain';
import type { Page } from 'playwright-core';
import { accessibilityViolations } from './support/accessibility';
import { MANAGER, signedInPages, usePortal } from './support/session';

/** The demo community's networking lunch (twelve people going, a few picks): see demo-networking.ts. */
const LUNCH = 'Dinar de networking de tardor';
const ANNA = { email: 'anna.serra@tertulia.example', name: 'Anna Serra' };

/** The demo lunch's id, read as the signed-in page would. */
const lunchId = (page: Page) =>
  page.evaluate(async (title) => {
    const events = ((await (await fetch('/api/events?limit=50')).json()) as { items: { id: string; title: string }[] }).items;
    return events.find((event) => event.title === title)!.id;
  }, LUNCH);

/** The manager's plan through the API, from the page (so the browser sends its origin, as the portal does). */
const ensurePlan = (page: Page, id: string) =>
  page.evaluate(async (eventId) => {
    const headers = { 'content-type': 'application/json' };
    await fetch(`/api/events/${eventId}/networking`, { method: 'PUT', headers, body: JSON.stringify({ tableSize: 4, rounds: 3 }) });
    const response = await fetch(`/api/events/${eventId}/networking/plan`, { method: 'GET' });
    if (response.ok) return (await response.json()) as NetworkingPlan;
    return (await (await fetch(`/api/events/${eventId}/networking/plan`, { method: 'POST' })).json()) as NetworkingPlan;
  }, id);

describe('networking lunch tables in Chromium', () => {
  const pages = usePortal();
  const signedIn = signedInPages(pages);

  it('the manager plans 12 people going in 3 rounds of tables of 4, locks a table, regenerates the rest and prints', async () => {
    const manager = await signedIn(MANAGER.email);
    const id = await lunchId(manager);
    await manager.goto(`/events/${id}`);
    await manager.getByRole('heading', { name: LUNCH, level: 1 }).waitFor();
    const tables = manager.getByRole('region', { name: 'Tables' });
    await tables.getByText('Tables are not planned for this lunch yet.').waitFor();

    // Turned on with the keyboard-usable form: labelled fields, then the plan.
    await tables.getByLabel('Table size').fill('4');
    await tables.getByLabel('Rounds').fill('3');
    await tables.getByRole('button', { name: 'Turn on tables' }).click();
    await tables.getByText('Tables of 4 · 3 rounds').waitFor();
    await tables.getByRole('button', { name: 'Generate plan' }).click();
    await tables.getByRole('region', { name: 'Round 3' }).waitFor();

    // Three rounds of three table cards, four names each; everyone going sits once per round.
    const cardsOf = (round: number) =>
      tables.getByRole('region', { name: `Round ${round}` }).getByRole('listitem').filter({ has: manager.getByRole('heading', { level: 4 }) });
    for (const round of [1, 2, 3]) {
      expect(await cardsOf(round).count()).toBe(3);
      const names: string[] = [];
      for (const card of await cardsOf(round).all()) {
        const people = await card.getByRole('list').getByRole('listitem').allTextContents();
        expect(people).toHaveLength(4);
        names.push(...people);
      }
      expect(new Set(names).size).toBe(12);
      expect(names).toContain(ANNA.name);
    }
    // The stats line: the demo's three wanted pairs (one of them mutual).
    await tables.getByText(/^repeat pairs \d+ · wants met [0-3]\/3 · new pairs \d+$/).waitFor();
    expect(await accessibilityViolations(manager)).toEqual([]);

    // Lock table 2 of round 1 (a toggle), then regenerate the rest: that table keeps its people.
    const lock = tables.getByRole('button', { name: 'Lock table 2 in round 1' });
    expect(await lock.getAttribute('aria-pressed')).toBe('false');
    await lock.click();
    await manager.waitForFunction(
      () => document.querySelector('[aria-label="Lock table 2 in round 1"]')?.getAttribute('aria-pressed') === 'true',
    );
    const lockedCard = cardsOf(1).nth(1);
    const kept = await lockedCard.getByRole('list').getByRole('listitem').allTextContents();
    const before = await ensurePlan(manager, id);
    const regenerated = manager.waitForResponse((response) => response.url().endsWith('/networking/plan') && response.request().method() === 'POST');
    await tables.getByRole('button', { name: 'Regenerate the rest' }).click();
    const after = (await (await regenerated).json()) as NetworkingPlan;
    expect(after.seed).not.toBe(before.seed);
    expect(after.rounds[0]!.tables[1]!.locked).toBe(true);
    await tables.getByText('Plan ready.').waitFor();
    expect(await lockedCard.getByRole('list').getByRole('listitem').allTextContents()).toEqual(kept);
    expect(await lock.getAttribute('aria-pressed')).toBe('true');
    await lockedCard.getByText('Locked').waitFor();

    // The print view: a card per table per round, then a schedule per attendee; printing hides the portal around them.
    await tables.getByRole('link', { name: 'Print table cards' }).click();
    await manager.getByRole('heading', { name: `Tables: ${LUNCH}`, level: 1 }).waitFor();
    expect(await manager.getByRole('article').count()).toBe(9);
    await manager.getByRole('article', { name: 'Round 2 · Table 3' }).waitFor();
    expect(await accessibilityViolations(manager)).toEqual([]);
    await manager.getByRole('link', { name: 'Personal schedules' }).click();
    await manager.getByRole('article', { name: `${ANNA.name}: your tables` }).waitFor();
    expect(await manager.getByRole('article').count()).toBe(12);
    const annasSchedule = manager.getByRole('article', { name: `${ANNA.name}: your tables` });
    expect(await annasSchedule.getByRole('listitem').count()).toBe(3);
    await manager.emulateMedia({ media: 'print' });
    expect(await manager.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await manager.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await annasSchedule.isVisible()).toBe(true);
    await manager.emulateMedia({ media: 'screen' });
  });

  it('an attendee (in Català) sees their three tables with whom they meet there, and nothing of the rest', async () => {
    const manager = await signedIn(MANAGER.email);
    const id = await lunchId(manager);
    const plan = await ensurePlan(manager, id);
    const person = new Map(plan.people.map((someone) => [someone.displayName, someone]));
    const anna = person.get(ANNA.name)!;

    const page = await signedIn(ANNA.email, 'ca-ES');
    await page.goto(`/events/${id}`);
    await page.getByRole('heading', { name: LUNCH, level: 1 }).waitFor();
    const mine = page.getByRole('region', { name: 'Les teves taules' });
    await mine.getByRole('heading', { level: 3 }).first().waitFor();
    expect(await mine.getByRole('heading', { level: 3 }).count()).toBe(3);
    for (const [index, round] of plan.rounds.entries()) {
      const table = round.tables.findIndex((candidate) => candidate.memberIds.includes(anna.id));
      const heading = `Ronda ${index + 1} — taula ${table + 1} — amb:`;
      const seat = mine.getByRole('listitem').filter({ has: page.getByRole('heading', { name: heading, level: 3 }) });
      const others = plan.people.filter((someone) => someone.id !== anna.id && round.tables[table]!.memberIds.includes(someone.id));
      expect(others).toHaveLength(3);
      const links = await seat.getByRole('link').allTextContents();
      expect(links.sort()).toEqual(others.map((someone) => someone.displayName).sort());
      // Their headlines, so that she knows whom she is about to meet.
      for (const other of others) if (other.headline) await seat.getByText(other.headline, { exact: false }).waitFor();
    }
    // The manager's tables are not hers.
    expect(await page.getByRole('region', { name: 'Taules', exact: true }).count()).toBe(0);
    expect(await page.evaluate(async (eventId) => (await fetch(`/api/events/${eventId}/networking/plan`)).status, id)).toBe(403);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
