import { i18n } from '../../../lib/i18n';
import { answerWindow, canPickMore, statusBadge, statusWording } from './rsvp-status';

const NOW = new Date('2026-12-01T10:00:00Z');
const event = { status: 'scheduled' as const, endsAt: '2026-12-03T15:00:00Z', rsvpDeadline: null as string | null };

describe('answerWindow', () => {
  it('is open until the deadline, then closed; over after the end; cancelled whatever the time', () => {
    expect(answerWindow(event, NOW)).toBe('open');
    expect(answerWindow({ ...event, rsvpDeadline: '2026-12-02T10:00:00Z' }, NOW)).toBe('open');
    expect(answerWindow({ ...event, rsvpDeadline: '2026-11-30T10:00:00Z' }, NOW)).toBe('closed');
    expect(answerWindow({ ...event, endsAt: '2026-12-01T09:00:00Z' }, NOW)).toBe('over');
    expect(answerWindow({ ...event, status: 'cancelled' }, NOW)).toBe('cancelled');
  });
});

describe('statusWording', () => {
  it('says where the reader stands', () => {
    expect(statusWording(null)).toEqual({ key: 'noAnswer' });
    expect(statusWording({ status: 'going', waitlistPosition: null, private: false })).toEqual({ key: 'going' });
    expect(statusWording({ status: 'going', waitlistPosition: null, private: true })).toEqual({ key: 'goingPrivately' });
    expect(statusWording({ status: 'waitlisted', waitlistPosition: 2, private: false })).toEqual({ key: 'waitlisted', position: 2 });
    expect(statusWording({ status: 'not_going', waitlistPosition: null, private: false })).toEqual({ key: 'notGoing' });
  });

  it('reads in each language', async () => {
    const waitlisted = statusWording({ status: 'waitlisted', waitlistPosition: 2, private: false });
    const sentence = () => i18n.t(`events.status.${waitlisted.key}`, { position: waitlisted.position });
    await i18n.changeLanguage('en');
    expect(sentence()).toBe("You're on the waiting list: number 2.");
    await i18n.changeLanguage('es');
    expect(sentence()).toBe('Estás en la lista de espera: número 2.');
    await i18n.changeLanguage('ca');
    expect(sentence()).toBe("Ets a la llista d'espera: número 2.");
    expect(i18n.t('events.wants.count', { count: 3, max: 5 })).toBe('3 de 5 triades');
    await i18n.changeLanguage('en');
    expect(i18n.t('events.wants.count', { count: 3, max: 5 })).toBe('3 of 5 chosen');
  });

  it('gives cards a short badge', () => {
    expect(statusBadge(null)).toBeNull();
    expect(statusBadge({ status: 'waitlisted', waitlistPosition: 1, private: false })).toBe('waitlisted');
  });
});

describe('canPickMore', () => {
  it('stops at the maximum', () => {
    expect(canPickMore(['a', 'b', 'c', 'd'], 5)).toBe(true);
    expect(canPickMore(['a', 'b', 'c', 'd', 'e'], 5)).toBe(false);
  });
});
