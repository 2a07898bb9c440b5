import type { NotificationSettings, OutboxPage, UnreadCount } from '@tertulia/domain';
import type { Page } from 'playwright-core';
import { accessibilityViolations } from './support/accessibility';
import { MANAGER, signedInPages, usePortal } from './support/session';

/** Jordi asks (English); Paula answers (Español) and keeps her settings; the manager invites and reads the outbox (Català). */
const JORDI = { email: 'jordi.puig@tertulia.example', name: 'Jordi Puig' };
const PAULA = { email: 'paula.navarro@tertulia.example', name: 'Paula Navarro' };

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A request the page's own origin sends (the API refuses state changes from anywhere else). */
function postFromPage<T>(page: Page, path: string, body: unknown): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ path, body }) => {
      const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return { status: response.status, json: (await response.json().catch(() => ({}))) as T };
    },
    { path, body },
  );
}

/** What the browser does when the person comes back to the tab (TanStack Query refetches on it). */
const returnToTab = (page: Page) => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));

/** A week ahead, `YYYY-MM-DD`: a deadline the API takes. */
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

describe('notifications in Chromium', () => {
  const pages = usePortal();
  const signedIn = signedInPages(pages);

  it('Paula answers Jordi’s request: his bell shows 1, the list links to the request, opening it marks it read and the bell clears; the e-mail’s unsubscribe link works', async () => {
    const title = `Landing page ${Date.now()}`;
    const question = 'Is the offer clear in five seconds?';

    const jordi = await signedIn(JORDI.email);
    await jordi.goto('/feedback');
    await jordi.getByRole('heading', { name: 'Feedback', level: 1 }).waitFor();
    const header = jordi.getByRole('banner');
    // Nothing unread yet: the bell is just «Notifications».
    await header.getByRole('link', { name: 'Notifications', exact: true }).waitFor();

    const paula = await signedIn(PAULA.email, 'es-ES');
    const paulaId = await paula.evaluate(async () => ((await (await fetch('/api/auth/me')).json()) as { member: { id: string } }).member.id);
    const created = await postFromPage<{ id: string }>(jordi, '/api/feedback-requests', {
      title,
      context: 'Our bakery’s new landing page: https://fleca.example',
      questions: [question],
      format: 'async',
      minutes: 10,
      deadline: inAWeek(),
      cap: 3,
      audience: 'all',
      invitedMemberIds: [paulaId],
    });
    expect({ status: created.status, body: created.json }).toMatchObject({ status: 201 });
    const requestId = created.json.id;

    // Paula answers in the portal.
    await paula.goto(`/feedback/${requestId}`);
    await paula.getByRole('heading', { name: title, level: 1 }).waitFor();
    const answer = paula.getByRole('region', { name: 'Tu respuesta' });
    await answer.getByLabel(`1. ${question}`).fill('Sí: pan de masa madre, reparto en el barrio.');
    await answer.getByRole('button', { name: 'Enviar mi respuesta' }).click();
    await paula.getByText('Se ha enviado tu respuesta. ¡Muchas gracias!').waitFor();

    // Jordi comes back to his tab: the bell asks again and shows one unread, on its badge too.
    expect(await getJson<UnreadCount>(jordi, '/api/notifications/unread-count')).toEqual({ unreadCount: 1 });
    await returnToTab(jordi);
    const bell = header.getByRole('link', { name: 'Notifications, 1 unread' });
    await bell.waitFor();
    expect(await header.locator('.bell__badge').textContent()).toBe('1');

    await bell.click();
    await jordi.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    await jordi.getByText('1 unread', { exact: true }).waitFor();
    const today = jordi.getByRole('region', { name: 'Today' });
    const sentence = today.getByRole('link', { name: `${PAULA.name} answered your request “${title}”` });
    expect(await sentence.getAttribute('href')).toBe(`/feedback/${requestId}`);
    const item = today.getByRole('listitem').filter({ hasText: title });
    await item.getByText('New', { exact: true }).waitFor();
    expect(await accessibilityViolations(jordi)).toEqual([]);

    // Opening it marks it read and goes to the request; the bell clears.
    const marked = jordi.waitForResponse((response) => response.url().endsWith('/api/notifications/read') && response.request().method() === 'POST');
    await sentence.click();
    expect(await (await marked).json()).toEqual({ unreadCount: 0 });
    await jordi.waitForURL(`**/feedback/${requestId}`);
    await jordi.getByRole('heading', { name: title, level: 1 }).waitFor();
    await header.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    expect(await header.locator('.bell__badge').count()).toBe(0);
    expect(await getJson<UnreadCount>(jordi, '/api/notifications/unread-count')).toEqual({ unreadCount: 0 });

    // Back in the list it is no longer new, and stays so after a reload.
    await jordi.goto('/notifications');
    await jordi.getByText("You're up to date.", { exact: true }).waitFor();
    await jordi.reload();
    const again = jordi.getByRole('region', { name: 'Today' }).getByRole('listitem').filter({ hasText: title });
    await again.waitFor();
    expect(await again.getByText('New', { exact: true }).count()).toBe(0);
    await header.getByRole('link', { name: 'Notifications', exact: true }).waitFor();

    // Feedback is e-mailed at once by default: the every-minute dispatch puts the e-mail about Paula's answer
    // in the outbox (no SMTP here), where the manager can read it.
    const manager = await signedIn(MANAGER.email, 'ca-ES');
    const deadline = Date.now() + 120_000;
    let text: string | undefined;
    while (!text && Date.now() < deadline) {
      const outbox = await getJson<OutboxPage>(manager, '/api/outbox?status=pending');
      text = outbox.items.find((message) => message.to === JORDI.email && message.kind === 'notification')?.text;
      if (!text) await manager.waitForTimeout(2_000);
    }
    // In Jordi's own language (Català, from his profile), whatever the manager's.
    expect(text).toContain(`${PAULA.name} ha respost la teva petició`);
    const path = /\/unsubscribe\/[A-Za-z0-9_-]+/.exec(text!)![0];

    const visitor = await pages().open();
    await visitor.goto(path);
    await visitor.getByRole('heading', { name: "You're unsubscribed", level: 1 }).waitFor();
    await visitor.getByText("You'll no longer receive e-mails about Feedback.").waitFor();
    await visitor.getByRole('link', { name: 'Choose what you receive by e-mail' }).waitFor();
    expect(await accessibilityViolations(visitor)).toEqual([]);
    expect((await getJson<NotificationSettings>(jordi, '/api/members/me/notification-settings')).email.feedback).toBe('never');

    // An altered link is refused, in words.
    await visitor.goto(`${path.slice(0, -2)}${path.endsWith('AA') ? 'BB' : 'AA'}`);
    await visitor.getByRole('heading', { name: "This unsubscribe link doesn't work", level: 1 }).waitFor();
  }, 180_000);

  it('keeps Paula’s settings: a weekly digest for knowledge and quiet hours, after a reload', async () => {
    const paula = await signedIn(PAULA.email, 'es-ES');
    await paula.goto('/notifications');
    await paula.getByRole('heading', { name: 'Notificaciones', level: 1 }).waitFor();
    await paula.getByRole('link', { name: 'Preferencias de notificación' }).click();
    await paula.getByRole('heading', { name: 'Preferencias de notificación', level: 1 }).waitFor();

    const knowledge = paula.getByRole('group', { name: 'Conocimiento' });
    await knowledge.getByText('Comentarios a tus publicaciones', { exact: false }).waitFor();
    expect(await knowledge.getByRole('radio', { name: 'Resumen diario' }).isChecked()).toBe(true);
    await knowledge.getByRole('radio', { name: 'Resumen semanal' }).check();
    // Celebrations only come in digests.
    expect(await paula.getByRole('group', { name: 'Celebraciones' }).getByRole('radio', { name: 'Al momento' }).count()).toBe(0);

    const quiet = paula.getByRole('region', { name: 'Horas de silencio' });
    await quiet.getByText('Sin horas de silencio', { exact: false }).waitFor();
    await quiet.getByRole('checkbox', { name: 'Quiero horas de silencio' }).check();
    expect(await quiet.getByLabel('Desde').inputValue()).toBe('22:00');
    // The same start and end are refused in Spanish, at the field.
    await quiet.getByLabel('Desde').fill('07:15');
    await quiet.getByLabel('Hasta').fill('07:15');
    await paula.getByRole('button', { name: 'Guardar preferencias' }).click();
    await quiet.getByText('El inicio y el final tienen que ser distintos.').waitFor();
    await quiet.getByLabel('Desde').fill('21:30');
    expect(await accessibilityViolations(paula)).toEqual([]);
    await paula.getByRole('button', { name: 'Guardar preferencias' }).click();
    await paula.getByText('Se han guardado tus preferencias de notificación.').waitFor();

    await paula.reload();
    await paula.getByRole('heading', { name: 'Preferencias de notificación', level: 1 }).waitFor();
    expect(await paula.getByRole('group', { name: 'Conocimiento' }).getByRole('radio', { name: 'Resumen semanal' }).isChecked()).toBe(true);
    expect(await paula.getByRole('checkbox', { name: 'Quiero horas de silencio' }).isChecked()).toBe(true);
    expect(await paula.getByLabel('Desde').inputValue()).toBe('21:30');
    expect(await paula.getByLabel('Hasta').inputValue()).toBe('07:15');
    const saved = await getJson<NotificationSettings>(paula, '/api/members/me/notification-settings');
    expect(saved).toEqual({
      email: { community: 'instant', breakfasts: 'instant', events: 'instant', feedback: 'instant', knowledge: 'weekly', celebrations: 'daily' },
      quietHours: { start: '21:30', end: '07:15' },
    });

    // Switching them off again is kept too.
    await paula.getByRole('checkbox', { name: 'Quiero horas de silencio' }).uncheck();
    await paula.getByRole('button', { name: 'Guardar preferencias' }).click();
    await paula.getByText('Se han guardado tus preferencias de notificación.').waitFor();
    expect((await getJson<NotificationSettings>(paula, '/api/members/me/notification-settings')).quietHours).toBeNull();
  });

  it('the manager invites someone and reads the invitation e-mail in the outbox', async () => {
    const email = `pere.riba.${Date.now()}@example.com`;
    const manager = await signedIn(MANAGER.email, 'ca-ES');
    await manager.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Membres' }).click();
    await manager.getByRole('heading', { name: 'Membres', level: 1 }).waitFor();
    await manager.getByLabel('Correu electrònic').fill(email);
    await manager.getByRole('button', { name: 'Convida', exact: true }).click();
    const link = await manager.getByLabel("Enllaç d'invitació").inputValue();
    expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);

    await manager.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Bústia de sortida' }).click();
    await manager.getByRole('heading', { name: 'Bústia de sortida', level: 1 }).waitFor();
    // The browser tests run without SMTP: the e-mails wait in the outbox, and the manager is told why.
    await manager.getByText('No hi ha cap servidor SMTP configurat', { exact: false }).waitFor();
    const message = manager.getByRole('article').filter({ hasText: email });
    await message.waitFor();
    await message.getByText('Invitació', { exact: true }).waitFor();
    await message.getByText('En espera', { exact: true }).waitFor();
    const text = message.locator('pre');
    expect(await text.isVisible()).toBe(false);
    await message.getByText('Llegeix el correu').click();
    // The e-mail carries the very link the manager was shown.
    await text.getByText(link, { exact: false }).waitFor();
    expect(await accessibilityViolations(manager)).toEqual([]);

    // Only what waits.
    await manager.getByLabel('Mostra').selectOption({ label: 'En espera' });
    await manager.waitForURL('**/admin/outbox?status=pending');
    await manager.getByRole('article').filter({ hasText: email }).waitFor();
    const outbox = await getJson<OutboxPage>(manager, '/api/outbox?status=pending');
    expect(outbox.smtpConfigured).toBe(false);
    expect(outbox.items.find((found) => found.to === email)).toMatchObject({ kind: 'invitation', status: 'pending' });
  });

  it('says when an unsubscribe link does not work, without signing in', async () => {
    const page = await pages().open();
    await page.goto(`/unsubscribe/${'x'.repeat(40)}`);
    await page.getByRole('heading', { name: "This unsubscribe link doesn't work", level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Choose what you receive by e-mail' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
