import { notificationKeys } from '../api/keys';
import { badgeText, NotificationBell } from './notification-bell';
import { renderWithData } from './render-with-data.test-utils';

const renderBell = (unreadCount: number | undefined, locale: 'ca' | 'es' | 'en' = 'en') =>
  renderWithData(<NotificationBell />, unreadCount === undefined ? [] : [[notificationKeys.unreadCount(), { unreadCount }]], locale);

describe('the bell', () => {
  it('is a link to the notifications named with the unread count, the number on a badge', async () => {
    const html = await renderBell(3);
    expect(html).toContain('href="/notifications"');
    expect(html).toContain('<span class="visually-hidden">Notifications, 3 unread</span>');
    expect(html).toContain('<span class="bell__badge" aria-hidden="true">3</span>');
    expect(html).toContain('<svg class="bell__icon" viewBox="0 0 24 24" aria-hidden="true"');
  });

  it('says only «Notifications», with no badge, when nothing is unread or the count is not known yet', async () => {
    for (const count of [0, undefined]) {
      const html = await renderBell(count);
      expect(html).toContain('<span class="visually-hidden">Notifications</span>');
      expect(html).not.toContain('bell__badge');
    }
  });

  it('speaks the reader’s language', async () => {
    expect(await renderBell(1, 'ca')).toContain('Notificacions, 1 sense llegir');
    expect(await renderBell(2, 'es')).toContain('Notificaciones, 2 sin leer');
  });

  it('keeps the badge small', () => {
    expect(badgeText(7)).toBe('7');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(150)).toBe('99+');
  });
});
