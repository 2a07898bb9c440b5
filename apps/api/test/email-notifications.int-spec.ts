import type { NotificationKind } from '@tertulia/domain';
import { wallClock } from '../src/modules/email/community-clock';
import { EmailDispatchService } from '../src/modules/email/email-dispatch.service';
import { OutboxService } from '../src/modules/email/outbox.service';
import { NotificationsService } from '../src/modules/notifications/notifications.service';
import { createMember, type MemberOverrides } from './factories/member.factory';
import { MailCatcher } from './utils/mail-catcher';
import { startTestApp, type TestApp } from './utils/test-app';

describe('e-mail: instant notifications', () => {
  let t: TestApp;
  let smtp: MailCatcher;

  beforeAll(async () => {
    smtp = await MailCatcher.start();
    t = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'http://localhost:3000' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  async function member(overrides: MemberOverrides & { locale?: 'ca' | 'es' | 'en'; email_preferences?: Record<string, string> } = {}) {
    const { locale, email_preferences: preferences, ...rest } = overrides;
    const created = await createMember(t.dataSource, rest);
    await t.dataSource.query(`UPDATE members SET locale = $2, email_preferences = $3::jsonb WHERE id = $1`, [
      created.id,
      locale ?? null,
      JSON.stringify(preferences ?? {}),
    ]);
    return created;
  }

  const notify = (memberId: string, kind: NotificationKind, data: Record<string, string>, link: string) =>
    t.dataSource.transaction((em) => t.app.get(NotificationsService).notify(em, { memberIds: [memberId], kind, data, link }));
  const dispatch = (now = new Date()) => t.app.get(EmailDispatchService).dispatch(now);
  const send = (now = new Date()) => t.app.get(OutboxService).sendDue(now);
  const emailedAt = async (memberId: string) =>
    ((await t.dataSource.query(`SELECT emailed_at FROM notifications WHERE member_id = $1`, [memberId])) as { emailed_at: Date | null }[]).map(
      (row) => row.emailed_at,
    );

  it('e-mails a notification at once, in the member’s language, with a one-click unsubscribe for its category', async () => {
    const lucia = await member({ displayName: 'Lucía Pérez', locale: 'es' });
    const eventId = '0b8f0c3e-8a4a-4d6f-9a43-5f4f0b1c2d3e';
    await notify(lucia.id, 'event_changed', { eventTitle: 'Taller de fotografía', startsAt: '2031-03-14T09:30:00.000Z' }, `/events/${eventId}`);

    expect(await dispatch()).toBe(1);
    expect(await send()).toEqual({ sent: 1, failed: 0 });
    const [mail, ...more] = smtp.to(lucia.email);
    expect(more).toEqual([]);
    // 09:30 UTC is 10:30 in Barcelona; the date is written in Spanish.
    expect(mail!.subject).toMatch(/^«Taller de fotografía» ha cambiado: revisa la hora y el lugar \(.*14 de marzo de 2031.*10:30\)$/);
    expect(mail!.text).toContain('Hola, Lucía Pérez:');
    expect(mail!.text).toContain(`Ábrelo en Tertulia: http://localhost:3000/events/${eventId}`);
    expect(mail!.text).toContain('Recibes este correo porque has elegido que te avisemos al momento de «Eventos».');
    expect(mail!.html).toContain('<html lang="es">');
    expect(mail!.html).toContain(`href="http://localhost:3000/events/${eventId}"`);
    expect(mail!.headers['auto-submitted']).toBe('auto-generated');

    const header = /^<http:\/\/localhost:3000\/api\/unsubscribe\/([A-Za-z0-9_-]+)>$/.exec(mail!.headers['list-unsubscribe'] ?? '');
    expect(header).not.toBeNull();
    expect(mail!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail!.text).toContain(`http://localhost:3000/unsubscribe/${header![1]}`);
    expect(Buffer.from(header![1]!, 'base64url').toString().split('.').slice(0, 2)).toEqual([lucia.id, 'events']);

    expect((await emailedAt(lucia.id))[0]).not.toBeNull();
    // Dispatching again writes nothing more.
    expect(await dispatch()).toBe(0);
    await send();
    expect(smtp.to(lucia.email)).toHaveLength(1);
  });

  it('writes each language’s sentences (Catalan; English when the member chose none)', async () => {
    const jordi = await member({ locale: 'ca' });
    const anna = await member();
    await notify(jordi.id, 'breakfast_reminder', { date: '2031-05-08', daysBefore: '1' }, '/breakfasts');
    await notify(anna.id, 'breakfast_reminder', { date: '2031-05-08', daysBefore: '7' }, '/breakfasts');
    await dispatch();
    await send();
    // ICU versions write «de maig de» or «de maig del».
    expect(smtp.to(jordi.email)[0]!.subject).toMatch(/^El teu esmorzar és demà: dijous, 8 de maig del? 2031$/);
    expect(smtp.to(anna.email)[0]!.subject).toBe('Your breakfast is in 7 days, on Thursday 8 May 2031');
  });

  it('only marks what the member wants never, leaves digest categories for the digest, and e-mails nobody inactive', async () => {
    const quiet = await member({ email_preferences: { feedback: 'never' } });
    await notify(quiet.id, 'feedback_answered', { reviewerName: 'Pau', title: 'La meva web' }, '/feedback/x');
    const digestReader = await member({ email_preferences: { feedback: 'daily' } });
    await notify(digestReader.id, 'feedback_answered', { reviewerName: 'Pau', title: 'La meva web' }, '/feedback/x');
    const leaving = await member();
    await notify(leaving.id, 'feedback_answered', { reviewerName: 'Pau', title: 'La meva web' }, '/feedback/x');
    await t.dataSource.query(`UPDATE members SET status = 'deactivated' WHERE id = $1`, [leaving.id]);

    expect(await dispatch()).toBe(0);
    expect((await emailedAt(quiet.id))[0]).not.toBeNull();
    expect(await emailedAt(digestReader.id)).toEqual([null]);
    expect((await emailedAt(leaving.id))[0]).not.toBeNull();
    const outbox = await t.dataSource.query(`SELECT 1 FROM email_outbox WHERE member_id = ANY($1::uuid[])`, [
      [quiet.id, digestReader.id, leaving.id],
    ]);
    expect(outbox).toEqual([]);
  });

  it('holds an instant e-mail during quiet hours and sends it when they end', async () => {
    const clock = wallClock(new Date(), 'Europe/Madrid');
    const start = `${String(clock.hour).padStart(2, '0')}:00`;
    const end = `${String((clock.hour + 2) % 24).padStart(2, '0')}:00`;
    const nuria = await member({ locale: 'ca' });
    await t.dataSource.query(`UPDATE members SET quiet_hours_start = $2, quiet_hours_end = $3 WHERE id = $1`, [nuria.id, start, end]);
    await notify(nuria.id, 'post_commented', { commenterName: 'Pau', postTitle: 'Factures' }, '/knowledge/x');
    await t.dataSource.query(`UPDATE members SET email_preferences = '{"knowledge": "instant"}' WHERE id = $1`, [nuria.id]);

    const [{ deliver_at: deliverAt }] = await t.dataSource.query(`SELECT deliver_at FROM notifications WHERE member_id = $1`, [nuria.id]);
    expect(wallClock(deliverAt, 'Europe/Madrid').time).toBe(end);
    expect(deliverAt.getTime()).toBeGreaterThan(Date.now());

    expect(await dispatch()).toBe(0);
    await send();
    expect(smtp.to(nuria.email)).toEqual([]);

    const afterQuiet = new Date(deliverAt.getTime() + 1000);
    expect(await dispatch(afterQuiet)).toBe(1);
    expect(await send(afterQuiet)).toEqual({ sent: 1, failed: 0 });
    expect(smtp.to(nuria.email).map((mail) => mail.subject)).toEqual(['Pau ha comentat «Factures»']);
  });

  it('holds an instant e-mail while the member is in focus', async () => {
    const focusUntil = new Date(Date.now() + 45 * 60_000);
    const marc = await member({ focusUntil });
    await notify(marc.id, 'feedback_helpful', { requesterName: 'Laia', title: 'Logo' }, '/feedback/y');
    expect(await dispatch()).toBe(0);
    expect(await dispatch(new Date(focusUntil.getTime() + 1000))).toBe(1);
  });

  it('writes nothing for a notification whose change rolled back', async () => {
    const rolledBack = await member();
    await expect(
      t.dataSource.transaction(async (em) => {
        await t.app.get(NotificationsService).notify(em, {
          memberIds: [rolledBack.id],
          kind: 'feedback_requested',
          data: { requesterName: 'Laia', title: 'Logo' },
          link: '/feedback/z',
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await dispatch()).toBe(0);
  });
});
