import { EmailDispatchService } from '../src/modules/email/email-dispatch.service';
import { JobScheduler } from '../src/modules/jobs/job-scheduler';
import type { PgBossJobScheduler } from '../src/modules/jobs/pg-boss-job-scheduler';
import { OutboxService } from '../src/modules/email/outbox.service';
import { NotificationsService } from '../src/modules/notifications/notifications.service';
import { createMember, FACTORY_PASSWORD } from './factories/member.factory';
import { MailCatcher } from './utils/mail-catcher';
import { startTestApp, type TestApp } from './utils/test-app';

const MINUTE = 60_000;

describe('e-mail delivery when the SMTP server is down', () => {
  let t: TestApp;
  let smtp: MailCatcher;
  const outbox = () => t.app.get(OutboxService);

  beforeAll(async () => {
    smtp = await MailCatcher.start();
    t = await startTestApp({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const rows = () =>
    t.dataSource.query(
      `SELECT to_address, status, attempts, next_attempt_at, last_error, sent_at FROM email_outbox ORDER BY created_at, id`,
    ) as Promise<{ to_address: string; status: string; attempts: number; next_attempt_at: Date | null; last_error: string | null; sent_at: Date | null }[]>;

  it('loses nothing, retries with a growing delay, and delivers everything exactly once when the server is back', async () => {
    const manager = t.client();
    const montse = await createMember(t.dataSource, { role: 'manager' });
    await manager.signIn(montse.email, FACTORY_PASSWORD);
    const members = await Promise.all([createMember(t.dataSource), createMember(t.dataSource)]);
    await t.dataSource.transaction((em) =>
      t.app.get(NotificationsService).notify(em, {
        memberIds: members.map((member) => member.id),
        kind: 'feedback_requested',
        data: { requesterName: 'Laia', title: 'Logo' },
        link: '/feedback/f1',
      }),
    );
    await smtp.stop();
    await manager.post('/api/invitations', { email: 'while-down@example.com' });
    const start = new Date(Date.now() + 1000);
    expect(await t.app.get(EmailDispatchService).dispatch(start)).toBe(2);

    // First attempt: refused. Every message stays, with its attempt, the error and a retry a minute later.
    expect(await outbox().sendDue(start)).toEqual({ sent: 0, failed: 3 });
    let state = await rows();
    expect(state).toHaveLength(3);
    for (const row of state) {
      expect(row).toMatchObject({ status: 'pending', attempts: 1, sent_at: null });
      expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
      expect(row.next_attempt_at!.getTime()).toBe(start.getTime() + MINUTE);
    }
    const page = await manager.get('/api/outbox');
    expect(page.body.pending).toBe(3);
    expect(page.body.items[0]).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED|connect/i) });

    // Not due again before the delay: nothing is attempted.
    expect(await outbox().sendDue(new Date(start.getTime() + 30_000))).toEqual({ sent: 0, failed: 0 });
    // Then 2, 4 … minutes.
    expect(await outbox().sendDue(new Date(start.getTime() + MINUTE))).toEqual({ sent: 0, failed: 3 });
    state = await rows();
    expect(state.map((row) => [row.attempts, row.next_attempt_at!.getTime() - start.getTime()])).toEqual(
      Array(3).fill([2, 3 * MINUTE]),
    );
    expect(await outbox().sendDue(new Date(start.getTime() + 3 * MINUTE))).toEqual({ sent: 0, failed: 3 });
    expect((await rows()).map((row) => [row.attempts, row.next_attempt_at!.getTime() - start.getTime()])).toEqual(
      Array(3).fill([3, 7 * MINUTE]),
    );
    expect(smtp.mails).toEqual([]);

    // Back: everything arrives, once.
    await smtp.resume();
    expect(await outbox().sendDue(new Date(start.getTime() + 6 * MINUTE))).toEqual({ sent: 0, failed: 0 });
    expect(await outbox().sendDue(new Date(start.getTime() + 7 * MINUTE))).toEqual({ sent: 3, failed: 0 });
    expect(await outbox().sendDue(new Date(start.getTime() + 60 * MINUTE))).toEqual({ sent: 0, failed: 0 });
    expect(smtp.mails.map((mail) => mail.to[0]).sort()).toEqual([...members.map((member) => member.email), 'while-down@example.com'].sort());
    for (const row of await rows()) {
      expect(row).toMatchObject({ status: 'sent', attempts: 4, last_error: null, next_attempt_at: null });
      expect(row.sent_at).not.toBeNull();
    }
    expect((await manager.get('/api/outbox')).body.pending).toBe(0);
  });

  it('registers its jobs: sending and dispatching every minute, digests hourly (weekly on Mondays), and send-now', () => {
    const registered = (t.app.get(JobScheduler) as PgBossJobScheduler).registered();
    expect(registered.recurring).toEqual(
      expect.arrayContaining([
        { name: 'email.send', cron: '* * * * *' },
        { name: 'email.dispatch', cron: '* * * * *' },
        { name: 'digests.daily', cron: '0 * * * *' },
        { name: 'digests.weekly', cron: '0 * * * 1' },
      ]),
    );
    expect(registered.handlers).toContain('email.send-now');
  });

  it('caps the delay at an hour', async () => {
    await smtp.stop();
    const member = await createMember(t.dataSource);
    await t.dataSource.query(
      `INSERT INTO email_outbox (member_id, to_address, kind, subject, text_body, dedupe_key, attempts) VALUES ($1, $2, 'notification', 'Hola', 'Hola', 'cap-test', 9)`,
      [member.id, member.email],
    );
    const now = new Date(Date.now() + 1000);
    await outbox().sendDue(now);
    const [row] = await t.dataSource.query(`SELECT attempts, next_attempt_at FROM email_outbox WHERE dedupe_key = 'cap-test'`);
    expect(row.attempts).toBe(10);
    expect(row.next_attempt_at.getTime() - now.getTime()).toBe(60 * MINUTE);
    await smtp.resume();
    expect(await outbox().sendDue(new Date(now.getTime() + 60 * MINUTE))).toEqual({ sent: 1, failed: 0 });
  });

  it('lets two senders at once share the work without sending anything twice', async () => {
    smtp.clear();
    const member = await createMember(t.dataSource);
    await t.dataSource.query(
      `INSERT INTO email_outbox (member_id, to_address, kind, subject, text_body, dedupe_key)
       SELECT $1, $2, 'notification', 'Message ' || i, 'Text ' || i, 'parallel-' || i FROM generate_series(1, 45) AS i`,
      [member.id, member.email],
    );
    const now = new Date(Date.now() + 1000);
    const reports = await Promise.all([outbox().sendDue(now), outbox().sendDue(now), outbox().sendDue(now)]);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(45);
    const subjects = smtp.mails.map((mail) => mail.subject);
    expect(new Set(subjects).size).toBe(45);
    expect(subjects).toHaveLength(45);
  });
});
