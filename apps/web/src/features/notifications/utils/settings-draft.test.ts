import { EMAIL_FREQUENCY_DEFAULTS, type NotificationSettings } from '@tertulia/domain';
import { DEFAULT_QUIET_HOURS, draftFromSettings, frequencyChoices, settingsFromDraft } from './settings-draft';

const saved: NotificationSettings = {
  email: { ...EMAIL_FREQUENCY_DEFAULTS, knowledge: 'weekly' },
  quietHours: { start: '21:30', end: '07:00' },
};

describe('the notification settings draft', () => {
  it('starts from what is saved', () => {
    expect(draftFromSettings(saved)).toEqual({ email: saved.email, quiet: true, quietStart: '21:30', quietEnd: '07:00' });
  });

  it('offers the night when there are no quiet hours yet', () => {
    const draft = draftFromSettings({ email: EMAIL_FREQUENCY_DEFAULTS, quietHours: null });
    expect(draft).toMatchObject({ quiet: false, quietStart: DEFAULT_QUIET_HOURS.start, quietEnd: DEFAULT_QUIET_HOURS.end });
  });

  it('fills a category the API left out with its default', () => {
    const partial = { email: { community: 'never' }, quietHours: null } as unknown as NotificationSettings;
    expect(draftFromSettings(partial).email).toEqual({ ...EMAIL_FREQUENCY_DEFAULTS, community: 'never' });
  });

  it('sends what the reader chose, quiet hours spanning midnight included', () => {
    const draft = { ...draftFromSettings(saved), email: { ...saved.email, feedback: 'weekly' as const }, quietStart: '22:00', quietEnd: '08:00' };
    expect(settingsFromDraft(draft)).toEqual({
      ok: true,
      settings: { email: { ...saved.email, feedback: 'weekly' }, quietHours: { start: '22:00', end: '08:00' } },
    });
  });

  it('sends no quiet hours when they are switched off, whatever the times say', () => {
    const draft = { ...draftFromSettings(saved), quiet: false, quietStart: '', quietEnd: 'nonsense' };
    expect(settingsFromDraft(draft)).toEqual({ ok: true, settings: { email: saved.email, quietHours: null } });
  });

  it('takes a time with seconds, as some browsers give it', () => {
    const draft = { ...draftFromSettings(saved), quietStart: '22:00:00', quietEnd: '08:00:00' };
    expect(settingsFromDraft(draft)).toMatchObject({ ok: true, settings: { quietHours: { start: '22:00', end: '08:00' } } });
  });

  it('says which quiet hour is missing, wrong, or the same as the other', () => {
    const draft = draftFromSettings(saved);
    expect(settingsFromDraft({ ...draft, quietStart: '', quietEnd: '' })).toEqual({ ok: false, errors: { quietStart: 'required', quietEnd: 'required' } });
    expect(settingsFromDraft({ ...draft, quietStart: '25:00' })).toEqual({ ok: false, errors: { quietStart: 'invalid' } });
    expect(settingsFromDraft({ ...draft, quietStart: '08:00', quietEnd: '08:00' })).toEqual({ ok: false, errors: { quietEnd: 'same' } });
  });

  it('offers no «instantly» for celebrations, which only come in digests', () => {
    expect(frequencyChoices('celebrations', 'daily')).toEqual(['daily', 'weekly', 'never']);
    expect(frequencyChoices('events', 'instant')).toEqual(['instant', 'daily', 'weekly', 'never']);
    // A value already stored stays visible, so saving never changes it behind the reader's back.
    expect(frequencyChoices('celebrations', 'instant')).toEqual(['instant', 'daily', 'weekly', 'never']);
  });
});
