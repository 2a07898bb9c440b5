import { createHmac } from 'node:crypto';
import { EmailDispatchService } from '../src/modules/email/email-dispatch.service';
import { OutboxService } from '../src/modules/email/outbox.service';
import { UnsubscribeTokens } from '../src/modules/email/unsubscribe-tokens';
import { NotificationsService } from '../src/modules/notifications/notifications.service';
import { createMember, FACTORY_PASSWORD } from './factories/member.factory';
import { MailCatcher } from './utils/mail-catcher';
import { startTestApp, type TestApp } from './utils/test-app';

describe('e-mail: one-click unsubscribe', () => {
  let t: TestApp;
  let smtp: MailCatcher;

  beforeAll(async () => {
    smtp = await MailCatcher.start();
    t = await startTestApp({ SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  /** As a mail client does it (RFC 8058): a form post, no Origin, no cookie. */
  const oneClick = async (url: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const tokenUrl = (token: string) => `${t.baseUrl}/api/unsubscribe/${token}`;
  const preferences = async (memberId: string) =>
    (await t.dataSource.query(`SELECT email_preferences FROM members WHERE id = $1`, [memberId]))[0].email_preferences;
  const notifyEvent = (memberId: string) =>
    t.dataSource.transaction((em) =>
      t.app.get(NotificationsService).notify(em, {
        memberIds: [memberId],
        kind: 'event_cancelled',
        data: { eventTitle: 'Sopar', startsAt: '2031-01-01T19:00:00Z' },
        link: '/events/e1',
      }),
    );
  const deliver = async () => {
    await t.app.get(EmailDispatchService).dispatch(new Date());
    await t.app.get(OutboxService).sendDue(new Date());
  };

  it('stops a category’s e-mails from the link in the List-Unsubscribe header', async () => {
    const member = await createMember(t.dataSource);
    await notifyEvent(member.id);
    await deliver();
    const header = smtp.to(member.email)[0]!.headers['list-unsubscribe']!;
    const url = new URL(/^<(.+)>$/.exec(header)![1]!);
    expect(url.pathname).toMatch(/^\/api\/unsubscribe\/[A-Za-z0-9_-]+$/);

    const answer = await oneClick(`${t.baseUrl}${url.pathname}`);
    expect(answer).toEqual({ status: 200, body: { scope: 'events', categories: ['events'] } });
    expect(await preferences(member.id)).toEqual({ events: 'never' });
    // Clicking again is harmless.
    expect(await oneClick(`${t.baseUrl}${url.pathname}`)).toEqual({ status: 200, body: { scope: 'events', categories: ['events'] } });

    // The member's settings say so, and the next event notification stays in the portal only.
    const client = t.client();
    await client.signIn(member.email, FACTORY_PASSWORD);
    expect((await client.get('/api/members/me/notification-settings')).body.email.events).toBe('never');
    await notifyEvent(member.id);
    await deliver();
    expect(smtp.to(member.email)).toHaveLength(1);
  });

  it('works from the portal’s page too (a JSON post from the app’s origin)', async () => {
    const member = await createMember(t.dataSource);
    const token = (await t.app.get(UnsubscribeTokens).signer())(member.id, 'feedback');
    const answer = await t.client().post(`/api/unsubscribe/${token}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ scope: 'feedback', categories: ['feedback'] });
  });

  it('stops, from a digest’s link, every category at that digest’s frequency', async () => {
    const member = await createMember(t.dataSource);
    await t.dataSource.query(`UPDATE members SET email_preferences = '{"feedback": "weekly", "events": "daily"}' WHERE id = $1`, [member.id]);
    const sign = await t.app.get(UnsubscribeTokens).signer();
    // Knowledge and celebrations are daily by default.
    expect(await oneClick(tokenUrl(sign(member.id, 'daily_digest')))).toEqual({
      status: 200,
      body: { scope: 'daily_digest', categories: ['events', 'knowledge', 'celebrations'] },
    });
    expect(await preferences(member.id)).toEqual({ feedback: 'weekly', events: 'never', knowledge: 'never', celebrations: 'never' });
    expect(await oneClick(tokenUrl(sign(member.id, 'daily_digest')))).toEqual({
      status: 200,
      body: { scope: 'daily_digest', categories: [] },
    });
    expect((await oneClick(tokenUrl(sign(member.id, 'weekly_digest')))).body.categories).toEqual(['feedback']);
  });

  it('refuses a forged or altered link with 404 and changes nothing', async () => {
    const victim = await createMember(t.dataSource);
    const attacker = await createMember(t.dataSource);
    const sign = await t.app.get(UnsubscribeTokens).signer();
    const genuine = sign(attacker.id, 'events');
    const [, , signature] = Buffer.from(genuine, 'base64url').toString().split('.');
    const encode = (text: string) => Buffer.from(text).toString('base64url');
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);

    const forged = [
      encode(`${victim.id}.events.${signature}`), // another member with the attacker's signature
      encode(`${attacker.id}.feedback.${signature}`), // another category
      encode(`${attacker.id}.daily_digest.${signature}`),
      encode(`${attacker.id}.events.${flip(signature!, 5)}`), // a changed signature
      encode(`${attacker.id}.events.${signature!.slice(0, -2)}`), // a shortened one
      encode(`${attacker.id}.events.${createHmac('sha256', 'guessed key').update(`${attacker.id}:events`).digest().subarray(0, 16).toString('base64url')}`),
      encode(`${attacker.id}.events.${signature}.extra`),
      encode(`${attacker.id}.everything.${signature}`),
      flip(genuine, 20), // one character of the token itself
      `${genuine}A`,
      'x'.repeat(90),
    ];
    for (const token of forged) {
      const answer = await oneClick(tokenUrl(token));
      expect({ token, status: answer.status, code: answer.body.error?.code }).toEqual({ token, status: 404, code: 'UNSUBSCRIBE_LINK_INVALID' });
    }
    expect((await oneClick(tokenUrl('short'))).status).toBe(400);
    expect(await preferences(victim.id)).toEqual({});
    expect(await preferences(attacker.id)).toEqual({});

    // A genuine link of a member who is gone.
    const gone = await createMember(t.dataSource);
    const goneToken = sign(gone.id, 'events');
    await t.dataSource.query(`DELETE FROM members WHERE id = $1`, [gone.id]);
    expect((await oneClick(tokenUrl(goneToken))).body.error.code).toBe('UNSUBSCRIBE_LINK_INVALID');
  });

  it('is the only state-changing route that needs no Origin', async () => {
    const member = await createMember(t.dataSource);
    const login = await fetch(`${t.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: member.email, password: FACTORY_PASSWORD }),
    });
    expect(login.status).toBe(403);
    expect(((await login.json()) as { error: { code: string } }).error.code).toBe('ORIGIN_REJECTED');
  });
});
