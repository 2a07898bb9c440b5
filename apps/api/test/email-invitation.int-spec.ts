import { OutboxService } from '../src/modules/email/outbox.service';
import { createMember, FACTORY_PASSWORD } from './factories/member.factory';
import { eventually, MailCatcher } from './utils/mail-catcher';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestClient } from './utils/test-client';

describe('e-mail: the invitation, and the manager’s outbox', () => {
  let t: TestApp;
  let smtp: MailCatcher;
  let manager: TestClient;
  const send = () => t.app.get(OutboxService).sendDue(new Date());

  beforeAll(async () => {
    smtp = await MailCatcher.start();
    t = await startTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Tertulia <hola@tertulia.test>' });
    const montse = await createMember(t.dataSource, { role: 'manager', displayName: 'Montse Vidal' });
    await t.dataSource.query(`UPDATE members SET locale = 'ca' WHERE id = $1`, [montse.id]);
    manager = t.client();
    await manager.signIn(montse.email, FACTORY_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('e-mails the invitation in the inviter’s language, with a link that accepts it', async () => {
    const invited = await manager.post('/api/invitations', { email: 'pere.riba@example.com' });
    expect(invited.status).toBe(201);
    expect(await send()).toEqual({ sent: 1, failed: 0 });

    const [mail, ...more] = smtp.to('pere.riba@example.com');
    expect(more).toEqual([]);
    expect(mail!.headers.from).toBe('Tertulia <hola@tertulia.test>');
    expect(mail!.subject).toBe('Montse Vidal et convida a Tertulia');
    expect(mail!.text).toContain('Montse Vidal et convida a unir-te a Tertulia');
    // An invitation is not a subscription: no unsubscribe.
    expect(mail!.headers['list-unsubscribe']).toBeUndefined();

    const link = /(http\S+\/invitations\/([A-Za-z0-9_-]{43}))/.exec(mail!.text);
    expect(link?.[1]).toBe(invited.body.url);
    expect(mail!.html).toContain(`href="${invited.body.url}"`);
    const person = t.client();
    const accepted = await person.post(`/api/invitations/${link![2]}/accept`, { displayName: 'Pere Riba', password: 'una contrasenya llarga' });
    expect(accepted.status).toBe(201);
    expect((await person.get('/api/auth/me')).body.member.email).toBe('pere.riba@example.com');

    const outbox = await manager.get('/api/outbox');
    expect(outbox.status).toBe(200);
    expect(outbox.body).toMatchObject({ smtpConfigured: true, pending: 0 });
    expect(outbox.body.items[0]).toMatchObject({
      to: 'pere.riba@example.com',
      kind: 'invitation',
      status: 'sent',
      attempts: 1,
      lastError: null,
      nextAttemptAt: null,
      subject: 'Montse Vidal et convida a Tertulia',
    });
    expect(outbox.body.items[0].text).toContain(invited.body.url);
  });

  it('writes the e-mail in the invitation’s transaction: a refused invitation writes none', async () => {
    const member = await createMember(t.dataSource);
    const before = Number((await t.dataSource.query(`SELECT count(*) AS n FROM email_outbox`))[0].n);
    expect((await manager.post('/api/invitations', { email: member.email })).status).toBe(409);
    expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM email_outbox`))[0].n)).toBe(before);
  });

  it('sends only the newest link when someone is invited again before the first e-mail left, and none once withdrawn', async () => {
    const first = await manager.post('/api/invitations', { email: 'twice@example.com' });
    const second = await manager.post('/api/invitations', { email: 'twice@example.com' });
    const withdrawn = await manager.post('/api/invitations', { email: 'withdrawn@example.com' });
    expect((await manager.delete(`/api/invitations/${withdrawn.body.id}`)).status).toBe(204);
    await send();
    const mails = smtp.to('twice@example.com');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(second.body.url);
    expect(mails[0]!.text).not.toContain(first.body.token);
    expect(smtp.to('withdrawn@example.com')).toEqual([]);
  });

  it('shows the outbox to the manager only, newest first, a page at a time, filtered by status', async () => {
    await manager.post('/api/invitations', { email: 'page-a@example.com' });
    await manager.post('/api/invitations', { email: 'page-b@example.com' });
    const pending = await manager.get('/api/outbox?status=pending');
    expect(pending.body.items.map((item: { to: string }) => item.to)).toEqual(['page-b@example.com', 'page-a@example.com']);
    expect(pending.body.pending).toBe(2);

    const first = await manager.get('/api/outbox?limit=1');
    expect(first.body.items).toHaveLength(1);
    const next = await manager.get(`/api/outbox?limit=1&cursor=${first.body.nextCursor}`);
    expect(next.body.items[0].id).not.toBe(first.body.items[0].id);
    expect(next.body.items[0].createdAt <= first.body.items[0].createdAt).toBe(true);

    expect((await manager.get('/api/outbox?cursor=bm9wZQ')).status).toBe(400);
    expect((await manager.get('/api/outbox?status=lost')).status).toBe(400);
    const member = t.client();
    await member.signIn((await createMember(t.dataSource)).email, FACTORY_PASSWORD);
    expect((await member.get('/api/outbox')).status).toBe(403);
    expect((await t.client().get('/api/outbox')).status).toBe(401);
    await send();
  });
});

describe('e-mail without SMTP_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps every message pending and readable in the outbox', async () => {
    const manager = t.client();
    await manager.signIn((await createMember(t.dataSource, { role: 'manager' })).email, FACTORY_PASSWORD);
    const invited = await manager.post('/api/invitations', { email: 'nobody-sends@example.com' });
    expect(await t.app.get(OutboxService).sendDue(new Date())).toEqual({ sent: 0, failed: 0 });
    const outbox = await manager.get('/api/outbox');
    expect(outbox.body).toMatchObject({ smtpConfigured: false, pending: 1 });
    expect(outbox.body.items[0]).toMatchObject({ status: 'pending', attempts: 0, lastError: null, to: 'nobody-sends@example.com' });
    // An inviter without a language of their own writes in English.
    expect(outbox.body.items[0].subject).toMatch(/invites you to Tertulia$/);
    expect(outbox.body.items[0].text).toContain(invited.body.url);
  });
});

describe('e-mail with the job queue running (JOBS on)', () => {
  let t: TestApp;
  let smtp: MailCatcher;
  beforeAll(async () => {
    smtp = await MailCatcher.start();
    t = await startTestApp({ SMTP_URL: smtp.url, JOBS: 'true' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('sends the invitation at once (email.send-now), not at the next minute', async () => {
    const manager = t.client();
    await manager.signIn((await createMember(t.dataSource, { role: 'manager' })).email, FACTORY_PASSWORD);
    const invited = await manager.post('/api/invitations', { email: 'queued@example.com' });
    const [mail] = await eventually(() => smtp.to('queued@example.com').length > 0 && smtp.to('queued@example.com'), 20_000);
    expect(mail!.text).toContain(invited.body.url);
    expect((await manager.get('/api/outbox')).body.items[0]).toMatchObject({ status: 'sent', attempts: 1 });
  });
});
