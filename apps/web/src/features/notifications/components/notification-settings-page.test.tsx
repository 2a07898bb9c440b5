import { EMAIL_FREQUENCY_DEFAULTS, NOTIFICATION_CATEGORIES } from '@tertulia/domain';
import { notificationKeys } from '../api/keys';
import { NotificationSettingsPage } from './notification-settings-page';
import { renderWithData } from './render-with-data.test-utils';

const settings = { email: { ...EMAIL_FREQUENCY_DEFAULTS, knowledge: 'weekly' }, quietHours: { start: '22:00', end: '08:00' } };
const render = (locale: 'ca' | 'es' | 'en' = 'en', value: unknown = settings) =>
  renderWithData(<NotificationSettingsPage />, [[notificationKeys.settings(), value]], locale);

describe('the notification settings page', () => {
  it('has one radio group per category, named by its legend and described by what it covers', async () => {
    const html = await render();
    const groups = [...html.matchAll(/<fieldset class="fieldset notify-category" aria-describedby="([^"]+)"><legend>([^<]+)<\/legend><p id="([^"]+)"/g)];
    expect(groups.map((group) => group[2])).toEqual(['Community', 'Breakfasts', 'Events', 'Feedback', 'Knowledge', 'Celebrations']);
    for (const group of groups) expect(group[1]).toBe(group[3]);
    expect(groups).toHaveLength(NOTIFICATION_CATEGORIES.length);
    // 5 categories × 4 frequencies, and celebrations without «Instantly».
    expect(html.match(/type="radio"/g)).toHaveLength(5 * 4 + 3);
  });

  it('shows what is saved: the chosen frequency checked, the quiet hours filled in', async () => {
    const html = await render();
    expect(html).toMatch(/name="email-knowledge" checked="" value="weekly"/);
    expect(html).toMatch(/name="email-feedback" checked="" value="instant"/);
    expect(html.match(/checked="" value="/g)).toHaveLength(NOTIFICATION_CATEGORIES.length);
    expect(html).toMatch(/name="quietStart" value="22:00"/);
    expect(html).toMatch(/name="quietEnd" value="08:00"/);
  });

  it('says when there are no quiet hours, in each language', async () => {
    const none = { ...settings, quietHours: null };
    expect(await render('en', none)).toContain('No quiet hours: you&#x27;re notified at any time of day.');
    expect(await render('ca', none)).toContain('Sense hores de silenci');
    expect(await render('es', none)).toContain('Sin horas de silencio');
    expect(await render('es', none)).not.toContain('type="time"');
  });
});
