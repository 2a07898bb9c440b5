import { breakfast, NURIA, PAU } from '../test/sessions.fixture';
import { archiveRange, canEditSummary, hasTakenPlace, isUpcoming, pastNewestFirst, sessionPermissions, swapCandidates } from './sessions';

const NOW = '2026-11-25T20:00:00Z';
const nuria = { id: NURIA.id, role: 'member' as const };
const manager = { id: '0b6f3c9e-2a57-4a39-9d7e-3f1c2b4a5d99', role: 'manager' as const };

describe('swapCandidates', () => {
  it('offers the other upcoming breakfasts that have someone else presenting', () => {
    const mine = breakfast('2026-12-03', { presenter: NURIA });
    const withPau = breakfast('2026-12-10', { presenter: PAU });
    const open = breakfast('2026-12-17', { presenter: null, status: 'open' });
    const cancelled = breakfast('2026-12-24', { presenter: PAU, status: 'cancelled' });
    const alsoMine = breakfast('2027-01-07', { presenter: NURIA });
    const over = breakfast('2026-11-19', { presenter: PAU, status: 'confirmed' });
    expect(swapCandidates([over, mine, withPau, open, cancelled, alsoMine], mine, NOW)).toEqual([withPau]);
  });

  it('leaves out a breakfast that has already started', () => {
    const mine = breakfast('2026-12-03');
    const today = breakfast('2026-11-26', { presenter: PAU });
    expect(swapCandidates([today, mine], mine, '2026-11-26T08:10:00Z')).toEqual([]);
    expect(swapCandidates([today, mine], mine, '2026-11-26T07:59:00Z')).toEqual([today]);
  });
});

describe('sessionPermissions', () => {
  it('lets the presenter confirm, write the topic, decline and propose a swap', () => {
    const session = breakfast('2026-12-03', { status: 'assigned' });
    expect(sessionPermissions(session, nuria, NOW)).toEqual({
      presenter: true,
      manager: false,
      answer: true,
      confirm: true,
      editTopic: true,
      decline: true,
      proposeSwap: true,
    });
    expect(sessionPermissions({ ...session, status: 'confirmed' }, nuria, NOW).confirm).toBe(false);
  });

  it('waits for the answer to a pending swap before declining or proposing another', () => {
    const session = breakfast('2026-12-03', {
      pendingSwap: { id: PAU.id, direction: 'incoming', otherSessionId: PAU.id, otherDate: '2026-12-10', otherPresenter: 'Pau Martí' },
    });
    const permissions = sessionPermissions(session, nuria, NOW);
    expect(permissions).toMatchObject({ confirm: true, editTopic: true, decline: false, proposeSwap: false });
  });

  it('gives everyone else only the answer, and the manager the manager tools', () => {
    const session = breakfast('2026-12-03');
    expect(sessionPermissions(session, { id: PAU.id, role: 'member' }, NOW)).toEqual({
      presenter: false,
      manager: false,
      answer: true,
      confirm: false,
      editTopic: false,
      decline: false,
      proposeSwap: false,
    });
    expect(sessionPermissions(session, manager, NOW)).toMatchObject({ manager: true, answer: true, editTopic: false });
  });

  it('closes a cancelled breakfast and one that has started', () => {
    expect(sessionPermissions(breakfast('2026-12-03', { status: 'cancelled' }), nuria, NOW)).toMatchObject({
      answer: false,
      confirm: false,
      decline: false,
    });
    expect(sessionPermissions(breakfast('2026-11-25'), nuria, '2026-11-25T08:20:00Z')).toMatchObject({
      answer: false,
      editTopic: false,
    });
  });
});

describe('the archive', () => {
  it('asks for the last year, up to today (at most the year the API allows)', () => {
    expect(archiveRange('2026-11-25')).toEqual({ from: '2025-11-26', to: '2026-11-25' });
    expect(archiveRange('2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });

  it('shows what has taken place, newest first; this morning counts once it is over', () => {
    const older = breakfast('2026-11-12');
    const newer = breakfast('2026-11-19');
    const today = breakfast('2026-11-26');
    const tomorrow = breakfast('2026-11-27');
    expect(pastNewestFirst([older, newer, today, tomorrow], '2026-11-26T08:45:00Z')).toEqual([today, newer, older]);
    expect(isUpcoming(today, '2026-11-26T08:44:59Z')).toBe(true);
    expect(hasTakenPlace(today, '2026-11-26T08:45:00Z')).toBe(true);
  });

  it('lets the presenter and the manager write the summary, not the others, and not for a cancelled one', () => {
    const held = breakfast('2026-11-19', { status: 'confirmed' });
    expect(canEditSummary(held, nuria)).toBe(true);
    expect(canEditSummary(held, manager)).toBe(true);
    expect(canEditSummary(held, { id: PAU.id, role: 'member' })).toBe(false);
    expect(canEditSummary({ ...held, status: 'cancelled' }, manager)).toBe(false);
  });
});
