import type { Notification } from '@tertulia/domain';
import { NotificationItem } from './notification-item';
import { renderWithData } from './render-with-data.test-utils';

const notification: Notification = {
  id: '6f1c1f0e-8a55-4b8e-9a57-4f7a2b1d9c01',
  kind: 'feedback_answered',
  category: 'feedback',
  data: { reviewerName: 'Paula García', title: 'Landing page' },
  link: '/feedback/6f1c1f0e-8a55-4b8e-9a57-4f7a2b1d9c02',
  createdAt: '2026-03-14T09:05:00Z',
  readAt: null,
};

describe('a notification in the list', () => {
  it('is its sentence, linking to where it happened, marked new while unread, with its time on the coworking clock', async () => {
    const html = await renderWithData(<NotificationItem notification={notification} onOpen={() => undefined} />, []);
    expect(html).toContain('<li class="notification notification--unread"><span class="badge badge--info notification__new">New</span>');
    expect(html).toContain('href="/feedback/6f1c1f0e-8a55-4b8e-9a57-4f7a2b1d9c02"');
    expect(html).toContain('>Paula García answered your request “Landing page”</a>');
    expect(html).toContain('<time class="notification__time small muted" dateTime="2026-03-14T09:05:00Z">10:05</time>');
  });

  it('loses the mark once read', async () => {
    const html = await renderWithData(<NotificationItem notification={{ ...notification, readAt: '2026-03-14T10:00:00Z' }} onOpen={() => undefined} />, [], 'es');
    expect(html).toContain('<li class="notification">');
    expect(html).not.toContain('Nueva');
    expect(html).toContain('Paula García ha respondido tu petición «Landing page»');
  });
});
