import { labelFor, renderHtml } from '../../../test/render';
import { breakfast, NURIA, PAU } from '../test/sessions.fixture';
import { UpcomingSessionItem } from './upcoming-session-item';

const NOW = Date.parse('2026-11-25T20:00:00Z');
const nuria = { id: NURIA.id, role: 'member' as const };
const someone = { id: '0b6f3c9e-2a57-4a39-9d7e-3f1c2b4a5d03', role: 'member' as const };
const manager = { id: '0b6f3c9e-2a57-4a39-9d7e-3f1c2b4a5d99', role: 'manager' as const };

/** The markup's text as a reader gets it (React escapes the apostrophe). */
const text = (html: string) => html.replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
const buttons = (html: string) => [...text(html).matchAll(/<button[^>]*>(.*?)<\/button>/g)].map((match) => match[1]);
const checkboxLabel = (html: string) => {
  const id = /<input[^>]*id="([^"]+)"[^>]*type="checkbox"/.exec(html)?.[1];
  return id ? text(labelFor(html, id) ?? '') : undefined;
};

const mine = breakfast('2026-12-03', { headcount: 12, attending: true, topic: null });
const pauOn10th = breakfast('2026-12-10', { presenter: PAU });

describe('UpcomingSessionItem', () => {
  it('shows every member the day, time, place, presenter, topic and headcount, and asks "I\'m coming"', async () => {
    const html = text(
      await renderHtml(<UpcomingSessionItem session={{ ...mine, topic: 'Photos that sell' }} reader={someone} swapOptions={[]} now={NOW} />),
    );
    expect(html).toMatch(/^<li class="session">/);
    expect(html).toContain('<h3 tabindex="-1" class="session__date">Thursday 3 December 2026</h3>');
    // 08:00 UTC is nine o'clock in Barcelona.
    expect(html).toMatch(/09:00<\/time>–<time[^>]*>09:45<\/time> · La cuina, planta baixa/);
    expect(html).toContain('To be confirmed');
    expect(html).toContain('<p class="presenter__name">Núria Roca</p>');
    expect(html).toContain('Roca Fotografia');
    expect(html).toContain('Product photography and corporate portraits');
    expect(html).toContain('Topic:</span> Photos that sell');
    expect(checkboxLabel(html)).toBe("I'm coming");
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked=""/);
    expect(html).toContain('12 coming');
    expect(buttons(html)).toEqual([]);
    expect(html).toContain('role="status"');
  });

  it('gives the presenter confirm, topic, swap and decline', async () => {
    const html = text(await renderHtml(<UpcomingSessionItem session={mine} reader={nuria} swapOptions={[pauOn10th]} now={NOW} />));
    expect(html).toContain("You're presenting");
    expect(html).toContain('Núria Roca<span class="muted"> (you)</span>');
    expect(buttons(html)).toEqual(['Confirm', 'Save topic', 'Propose swap', 'Decline', 'Keep my date', 'Decline']);
    expect(html).toMatch(/<label for="[^"]+">Topic<\/label><input[^>]*name="topic"/);
    expect(html).toContain('<legend>Propose a swap</legend>');
    expect(html).toMatch(/<label for="[^"]+">Swap with<\/label><select[^>]*name="withSessionId"/);
    expect(html).toContain(`<option value="${pauOn10th.id}">Thursday 10 December 2026 · Pau Martí</option>`);
    // The decline dialog explains where the slot goes (closed until asked for).
    expect(html).toContain('Decline your breakfast on Thursday 3 December 2026?');
    expect(html).toContain('The slot goes to the next person in line');
  });

  it('asks the presenter to answer an incoming swap before anything else', async () => {
    const session = {
      ...mine,
      status: 'confirmed' as const,
      pendingSwap: {
        id: '5d1b6a8e-0000-4000-8000-000000000001',
        direction: 'incoming' as const,
        otherSessionId: pauOn10th.id,
        otherDate: '2026-12-10',
        otherPresenter: 'Pau Martí',
      },
    };
    const html = text(await renderHtml(<UpcomingSessionItem session={session} reader={nuria} swapOptions={[pauOn10th]} now={NOW} />));
    expect(html).toContain('Pau Martí proposes to swap with your breakfast on Thursday 3 December 2026.');
    expect(html).toContain("If you accept, you'll present on Thursday 10 December 2026 instead.");
    expect(buttons(html)).toEqual(['Accept swap', 'Decline swap', 'Save topic']);
    expect(html).not.toContain('Swap with');
  });

  it('tells the presenter who proposed a swap that it waits for an answer', async () => {
    const session = {
      ...mine,
      pendingSwap: {
        id: '5d1b6a8e-0000-4000-8000-000000000002',
        direction: 'outgoing' as const,
        otherSessionId: pauOn10th.id,
        otherDate: '2026-12-10',
        otherPresenter: 'Pau Martí',
      },
    };
    const html = text(await renderHtml(<UpcomingSessionItem session={session} reader={nuria} swapOptions={[pauOn10th]} now={NOW} />));
    expect(html).toContain('Swap proposed to Pau Martí, waiting for an answer.');
    expect(buttons(html)).toEqual(['Confirm', 'Save topic']);
  });

  it('gives the manager the presenter select and cancel', async () => {
    const members = [NURIA, PAU].map(({ id, displayName }) => ({ id, displayName }));
    const html = text(await renderHtml(<UpcomingSessionItem session={mine} reader={manager} swapOptions={[]} members={members} now={NOW} />));
    expect(html).toContain('<legend>Manage this breakfast</legend>');
    expect(html).toMatch(/<select[^>]*aria-label="Presenter for Thursday 3 December 2026"/);
    expect(html).toContain('<option value="">No presenter</option>');
    expect(html).toMatch(new RegExp(`<option value="${NURIA.id}" selected="">Núria Roca</option>`));
    // The cancel dialog asks first (closed until asked for).
    expect(buttons(html)).toEqual(['Save presenter', 'Cancel breakfast', 'Keep it', 'Cancel breakfast']);
  });

  it('shows a cancelled breakfast as cancelled, with nothing to answer, and lets the manager restore it', async () => {
    const cancelled = { ...mine, status: 'cancelled' as const };
    const member = text(await renderHtml(<UpcomingSessionItem session={cancelled} reader={someone} swapOptions={[]} now={NOW} />));
    expect(member).toContain('session--cancelled');
    expect(member).toContain('>Cancelled</span>');
    expect(checkboxLabel(member)).toBeUndefined();
    const byManager = text(await renderHtml(<UpcomingSessionItem session={cancelled} reader={manager} swapOptions={[]} members={[]} now={NOW} />));
    expect(buttons(byManager)).toEqual(['Restore breakfast']);
  });

  it('speaks Catalan and Spanish', async () => {
    const open = { ...mine, presenter: null, status: 'open' as const, headcount: 0, attending: null };
    const ca = text(await renderHtml(<UpcomingSessionItem session={open} reader={someone} swapOptions={[]} now={NOW} />, 'ca'));
    expect(ca).toMatch(/>dijous, 3 de desembre de(l)? 2026<\/h3>/);
    expect(ca).toContain('Encara no hi ha ningú que presenti');
    expect(ca).toContain('De moment no hi ve ningú');
    expect(checkboxLabel(ca)).toBe('Hi vindré');
    const es = text(await renderHtml(<UpcomingSessionItem session={{ ...mine, headcount: 1 }} reader={someone} swapOptions={[]} now={NOW} />, 'es'));
    expect(es).toContain('>jueves, 3 de diciembre de 2026</h3>');
    expect(es).toContain('Vendrá 1 persona');
    expect(checkboxLabel(es)).toBe('Vendré');
  });
});
