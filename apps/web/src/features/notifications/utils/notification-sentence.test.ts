import { NOTIFICATION_DATA_KEYS, NOTIFICATION_KINDS, type Notification, type NotificationKind } from '@tertulia/domain';
import { i18n } from '../../../lib/i18n';
import { notificationSentence, safeLink, sentenceValues } from './notification-sentence';

/** Data for every kind, as the API writes it (dates as calendar days, instants as ISO). */
const DATA: Record<NotificationKind, Record<string, string>> = {
  invitation_accepted: { memberName: 'Pere Riba' },
  breakfast_assigned: { date: '2026-12-03' },
  swap_proposed: { proposerName: 'Jordi Puig', date: '2026-12-03', withDate: '2026-12-10' },
  presenter_declined: { presenterName: 'Jordi Puig', date: '2026-12-03' },
  breakfast_reminder: { date: '2026-12-03', daysBefore: '7' },
  waitlist_promoted: { eventTitle: 'Tarda de jocs', startsAt: '2026-12-03T17:30:00Z' },
  event_changed: { eventTitle: 'Tarda de jocs', startsAt: '2026-12-03T17:30:00Z' },
  event_cancelled: { eventTitle: 'Tarda de jocs', startsAt: '2026-12-03T17:30:00Z' },
  event_reminder: { eventTitle: 'Tarda de jocs', startsAt: '2026-12-03T17:30:00Z' },
  feedback_requested: { requesterName: 'Jordi Puig', title: 'Landing page' },
  feedback_matches_skills: { requesterName: 'Jordi Puig', title: 'Landing page' },
  feedback_answered: { reviewerName: 'Paula García', title: 'Landing page' },
  feedback_helpful: { requesterName: 'Jordi Puig', title: 'Landing page' },
  post_commented: { commenterName: 'Paula García', postTitle: 'Factures sense drames' },
  coffee_matched: { partnerNames: 'Paula García' },
  coffee_invited: { inviterName: 'Jordi Puig' },
  coffee_accepted: { inviteeName: 'Paula García', startsAt: '2026-12-03T09:30:00Z' },
  coffee_declined: { inviteeName: 'Paula García' },
};

const notification = (kind: NotificationKind, data = DATA[kind]): Pick<Notification, 'kind' | 'data'> => ({ kind, data });
const sentence = (kind: NotificationKind, locale: 'ca' | 'es' | 'en', data?: Record<string, string>) =>
  notificationSentence(i18n.getFixedT(locale), notification(kind, data), locale);

describe('the sentence of a notification', () => {
  it('knows the data of every kind of the contract', () => {
    expect(Object.keys(NOTIFICATION_DATA_KEYS).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    for (const kind of NOTIFICATION_KINDS) expect(Object.keys(DATA[kind]).sort()).toEqual([...(NOTIFICATION_DATA_KEYS[kind] as readonly string[])].sort());
  });

  it('reads «Paula García answered your request “Landing page”» in each language', () => {
    expect(sentence('feedback_answered', 'en')).toBe('Paula García answered your request “Landing page”');
    expect(sentence('feedback_answered', 'ca')).toBe('Paula García ha respost la teva petició «Landing page»');
    expect(sentence('feedback_answered', 'es')).toBe('Paula García ha respondido tu petición «Landing page»');
  });

  it('has a whole sentence for every kind in ca, es and en: every value filled in, no key shown', () => {
    for (const locale of ['ca', 'es', 'en'] as const) {
      for (const kind of NOTIFICATION_KINDS) {
        const text = sentence(kind, locale);
        expect({ kind, locale, text }).toEqual({ kind, locale, text: expect.not.stringMatching(/\{\{|\}\}|notifications\.|undefined/) });
        for (const key of NOTIFICATION_DATA_KEYS[kind] as readonly string[]) {
          if (['memberName', 'proposerName', 'presenterName', 'requesterName', 'reviewerName', 'commenterName', 'title', 'postTitle', 'eventTitle', 'partnerNames', 'inviterName', 'inviteeName'].includes(key)) {
            expect(text).toContain(DATA[kind][key]);
          }
        }
      }
    }
  });

  it('writes days with their weekday and instants on the coworking clock, in the reader’s language', () => {
    expect(sentenceValues(notification('swap_proposed'), 'en')).toEqual({
      proposerName: 'Jordi Puig',
      date: 'Thursday 3 December 2026',
      withDate: 'Thursday 10 December 2026',
    });
    // 17:30 UTC is 18:30 in Barcelona in December.
    expect(sentence('event_reminder', 'en')).toMatch(/^Reminder: “Tarda de jocs”, Thursday,? 3 December 2026.*18:30$/);
    expect(sentence('event_cancelled', 'es')).toContain('jueves, 3 de diciembre de 2026');
    expect(sentence('breakfast_assigned', 'ca')).toMatch(/dijous, 3 de desembre de(l)? 2026/);
  });

  it('says «tomorrow» a day before a breakfast and counts the days a week before', () => {
    expect(sentence('breakfast_reminder', 'en', { date: '2026-12-03', daysBefore: '1' })).toBe('Your breakfast is tomorrow, Thursday 3 December 2026');
    expect(sentence('breakfast_reminder', 'en')).toBe('Your breakfast is in 7 days, on Thursday 3 December 2026');
    expect(sentence('breakfast_reminder', 'es', { date: '2026-12-03', daysBefore: '1' })).toBe('Tu desayuno es mañana: jueves, 3 de diciembre de 2026');
  });

  it('falls back to a plain sentence when data is missing or wrong, or the kind is new to this portal', () => {
    expect(sentenceValues(notification('feedback_answered', { title: 'Landing page' }), 'en')).toBeNull();
    expect(sentenceValues(notification('event_changed', { eventTitle: 'X', startsAt: 'soon' }), 'en')).toBeNull();
    expect(sentenceValues(notification('breakfast_reminder', { date: '2026-12-03', daysBefore: 'seven' }), 'en')).toBeNull();
    expect(sentence('feedback_answered', 'en', { reviewerName: ' ', title: 'Landing page' })).toBe('Something happened that concerns you');
    const future = { kind: 'kind_from_a_newer_api', data: {} } as unknown as Notification;
    expect(notificationSentence(i18n.getFixedT('ca'), future, 'ca')).toBe("Ha passat una cosa que t'afecta");
  });

  it('keeps names as they are written (React escapes them; nothing is HTML)', () => {
    const text = sentence('post_commented', 'en', { commenterName: '<img src=x onerror=alert(1)>', postTitle: 'A & B' });
    expect(text).toBe('<img src=x onerror=alert(1)> commented on “A & B”');
  });
});

describe('the link of a notification', () => {
  it('stays inside the portal', () => {
    expect(safeLink('/feedback/6f1c1f0e-8a55-4b8e-9a57-4f7a2b1d9c01')).toBe('/feedback/6f1c1f0e-8a55-4b8e-9a57-4f7a2b1d9c01');
    expect(safeLink('https://evil.example')).toBe('/notifications');
    expect(safeLink('//evil.example/x')).toBe('/notifications');
    expect(safeLink('/\\evil.example')).toBe('/notifications');
    expect(safeLink('javascript:alert(1)')).toBe('/notifications');
  });
});
