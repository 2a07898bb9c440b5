import type { NotificationKind } from '@tertulia/domain';
import { daysFrom, wallClock } from '../src/modules/email/community-clock';
import { EmailDigestsService } from '../src/modules/email/email-digests.service';
import { OutboxService } from '../src/modules/email/outbox.service';
import { NotificationsService } from '../src/modules/notifications/notifications.service';
import { createMember, type MemberOverrides } from './factories/member.factory';
import { MailCatcher, type CaughtMail } from './utils/mail-catcher';
import { startTestApp, type TestApp } from './utils/test-app';

const TZ = 'Europe/Madrid';

/** The instant at which the community's clock reads `time` on `date`. */
function communityInstant(date: string, time: string): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  const local = wallClock(guess, TZ);
  return new Date(2 * guess.getTime() - Date.parse(`${local.date}T${local.time}:00Z`));
}

/** The list items of a digest's plain text («- …»), in order. */
const itemsOf = (mail: CaughtMail) =>
  mail.text
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2));

interface Person extends MemberOverrides {
  locale?: 'ca' | 'es' | 'en';
  preferences?: Record<string, string>;
  quietHours?: [string, string];
}

function digestFixture() {
  const fixture = {
    t: undefined as unknown as TestApp,
    smtp: undefined as unknown as MailCatcher,
    async person(person: Person = {}) {
      const { locale, preferences, quietHours, ...overrides } = person;
      const member = await createMember(fixture.t.dataSource, overrides);
      await fixture.t.dataSource.query(
        `UPDATE members SET locale = $2, email_preferences = $3::jsonb, quiet_hours_start = $4, quiet_hours_end = $5 WHERE id = $1`,
        [member.id, locale ?? null, JSON.stringify(preferences ?? {}), quietHours?.[0] ?? null, quietHours?.[1] ?? null],
      );
      return member;
    },
    async notify(memberId: string, kind: NotificationKind, data: Record<string, string>, link = '/notifications'): Promise<string> {
      await fixture.t.dataSource.transaction((em) => fixture.t.app.get(NotificationsService).notify(em, { memberIds: [memberId], kind, data, link }));
      const [{ id }] = await fixture.t.dataSource.query(`SELECT id FROM notifications WHERE member_id = $1 ORDER BY created_at DESC LIMIT 1`, [memberId]);
      return id;
    },
    async emailedAt(id: string): Promise<Date | null> {
      return (await fixture.t.dataSource.query(`SELECT emailed_at FROM notifications WHERE id = $1`, [id]))[0].emailed_at;
    },
    digests: () => fixture.t.app.get(EmailDigestsService),
    send: (now: Date) => fixture.t.app.get(OutboxService).sendDue(now),
  };
  beforeAll(async () => {
    fixture.smtp = await MailCatcher.start();
    fixture.t = await startTestApp({ SMTP_URL: fixture.smtp.url, COMMUNITY_TIMEZONE: TZ, PUBLIC_URL: 'http://localhost:3000' });
  });
  afterAll(async () => {
    await fixture.t.close();
    await fixture.smtp.stop();
  });
  return fixture;
}

describe('e-mail: the daily digest', () => {
  const f = digestFixture();
  const today = wallClock(new Date(), TZ).date;
  const day = daysFrom(today, 2)[1]!; // tomorrow, so that everything written now is delivered by then
  const monthDay = day.slice(5);
  const at = (time: string) => communityInstant(day, time);
  const yearsAgo = (years: number) => communityInstant(`${Number(day.slice(0, 4)) - years}-${monthDay}`, '12:00');

  it('holds exactly the member’s daily notifications, and today’s birthdays and anniversaries of those who show them', async () => {
    const rosa = await f.person({ displayName: 'Rosa Puig', locale: 'ca', preferences: { feedback: 'daily' }, birthday: monthDay, showBirthday: true });
    const comment = await f.notify(rosa.id, 'post_commented', { commenterName: 'Pau', postTitle: 'Factures' }, '/knowledge/p1');
    const answer = await f.notify(rosa.id, 'feedback_answered', { reviewerName: 'Laia', title: 'Logo' }, '/feedback/f1');
    const instant = await f.notify(rosa.id, 'event_changed', { eventTitle: 'Sopar', startsAt: '2031-01-01T19:00:00Z' }, '/events/e1');
    const alreadySent = await f.notify(rosa.id, 'post_commented', { commenterName: 'Ot', postTitle: 'IVA' });
    await f.t.dataSource.query(`UPDATE notifications SET emailed_at = now() WHERE id = $1`, [alreadySent]);
    const later = await f.notify(rosa.id, 'post_commented', { commenterName: 'Iu', postTitle: 'Més tard' });
    await f.t.dataSource.query(`UPDATE notifications SET deliver_at = $2 WHERE id = $1`, [later, communityInstant(day, '20:00')]);

    // Who is celebrated, and who is not.
    const berta = await f.person({ displayName: 'Berta Soler', birthday: monthDay, showBirthday: true });
    await f.person({ displayName: 'Hidden Birthday', birthday: monthDay, showBirthday: false });
    await f.person({ displayName: 'Out Of Directory', birthday: monthDay, showBirthday: true, directoryVisible: false, joinedAt: yearsAgo(2) });
    await f.person({ displayName: 'Gone Member', birthday: monthDay, showBirthday: true, status: 'deactivated', joinedAt: yearsAgo(2) });
    const aleix = await f.person({ displayName: 'Aleix Mas', joinedAt: yearsAgo(3) });
    await f.person({ displayName: 'Joined This Year', joinedAt: communityInstant(today, '12:00') });

    // Others: one hears only of celebrations; one wants none; one has them weekly.
    const sergi = await f.person({ displayName: 'Sergi Vila', locale: 'en' });
    const nobody = await f.person({ preferences: { celebrations: 'never' } });
    const weeklyPerson = await f.person({ preferences: { celebrations: 'weekly' } });
    const knowledge = await f.notify(weeklyPerson.id, 'post_commented', { commenterName: 'Pau', postTitle: 'Factures' });

    expect(await f.digests().daily(at('07:00'))).toBe(0); // before 08:00
    // Everyone active with something to say: Rosa, Sergi, the weekly-celebrations person (a daily category), and
    // the celebrants themselves and the unshown ones (they hear of the others' celebrations). Not «nobody».
    expect(await f.digests().daily(at('09:00'))).toBe(8);
    expect(await f.digests().daily(at('09:00'))).toBe(0); // the job running twice changes nothing
    expect(await f.digests().daily(at('15:00'))).toBe(0); // nor later that day
    await f.send(at('09:00'));

    const [mail, ...more] = f.smtp.to(rosa.email);
    expect(more).toEqual([]);
    expect(mail!.subject).toMatch(/^El teu dia a Tertulia \(.+\): 4 novetats$/);
    expect(itemsOf(mail!)).toEqual([
      'Pau ha comentat «Factures»',
      'Laia ha respost la teva petició «Logo»',
      'Aleix Mas fa 3 anys que és al coworking avui',
      'Berta Soler fa anys avui',
    ]);
    expect(mail!.text).toContain('Obre-ho a Tertulia: http://localhost:3000/knowledge/p1');
    expect(mail!.text).toContain(`Envia-li una felicitació: http://localhost:3000/members/${berta.id}`);
    expect(mail!.text).toContain(`Envia-li una felicitació: http://localhost:3000/members/${aleix.id}`);
    expect(mail!.headers['list-unsubscribe']).toMatch(/^<http:\/\/localhost:3000\/api\/unsubscribe\/[A-Za-z0-9_-]+>$/);
    expect(mail!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const token = /unsubscribe\/([A-Za-z0-9_-]+)>/.exec(mail!.headers['list-unsubscribe']!)![1]!;
    expect(Buffer.from(token, 'base64url').toString().split('.').slice(0, 2)).toEqual([rosa.id, 'daily_digest']);

    expect(await f.emailedAt(comment)).not.toBeNull();
    expect(await f.emailedAt(answer)).not.toBeNull();
    expect(await f.emailedAt(instant)).toBeNull(); // the instant e-mail's, not the digest's
    expect(await f.emailedAt(later)).toBeNull(); // not delivered yet: tomorrow's digest

    // Sergi hears of everyone celebrated, Rosa's birthday too; in English.
    expect(itemsOf(f.smtp.to(sergi.email)[0]!)).toEqual([
      'Aleix Mas celebrates 3 years at the coworking today',
      "Berta Soler's birthday is today",
      "Rosa Puig's birthday is today",
    ]);
    expect(f.smtp.to(nobody.email)).toEqual([]);
    expect(itemsOf(f.smtp.to(weeklyPerson.email)[0]!)).toEqual(['Pau commented on “Factures”']);
    expect(await f.emailedAt(knowledge)).not.toBeNull();
    expect(f.smtp.to(berta.email)).toHaveLength(1);

    const rows = await f.t.dataSource.query(`SELECT dedupe_key FROM email_outbox WHERE member_id = $1`, [rosa.id]);
    expect(rows).toEqual([{ dedupe_key: `daily_digest:${rosa.id}:${day}` }]);
  });

  it('waits for the end of quiet hours and focus, and sends nothing when there is nothing to say', async () => {
    f.smtp.clear();
    const night = await f.person({ quietHours: ['07:30', '10:00'], preferences: { celebrations: 'never' } });
    await f.notify(night.id, 'post_commented', { commenterName: 'Pau', postTitle: 'Nit' });
    const focused = await f.person({ preferences: { celebrations: 'never' } });
    await f.notify(focused.id, 'post_commented', { commenterName: 'Pau', postTitle: 'Focus' });
    await f.t.dataSource.query(`UPDATE members SET focus_until = $2 WHERE id = $1`, [focused.id, at('10:30')]);
    const empty = await f.person({ preferences: { celebrations: 'never' } });

    await f.digests().daily(at('09:00'));
    await f.send(at('09:00'));
    expect(f.smtp.mails).toEqual([]);
    await f.digests().daily(at('10:00'));
    await f.send(at('10:00'));
    expect(f.smtp.mails.map((mail) => mail.to)).toEqual([[night.email]]);
    await f.digests().daily(at('11:00'));
    await f.send(at('11:00'));
    expect(f.smtp.mails.map((mail) => mail.to)).toEqual([[night.email], [focused.email]]);
    expect(f.smtp.to(empty.email)).toEqual([]);
  });
});

describe('e-mail: the weekly digest', () => {
  const f = digestFixture();
  const today = wallClock(new Date(), TZ).date;
  // The next Monday after today.
  const monday = daysFrom(today, 8).slice(1).find((date) => new Date(`${date}T12:00:00Z`).getUTCDay() === 1)!;
  const week = daysFrom(monday, 8);
  const at = (date: string, time: string) => communityInstant(date, time);

  it('goes on Mondays with the weekly categories and the coming week’s celebrations, once', async () => {
    const wim = await f.person({ displayName: 'Wim', locale: 'en', preferences: { knowledge: 'weekly', celebrations: 'weekly', feedback: 'instant' } });
    const comment = await f.notify(wim.id, 'post_commented', { commenterName: 'Pau', postTitle: 'Factures' });
    const answer = await f.notify(wim.id, 'feedback_answered', { reviewerName: 'Laia', title: 'Logo' });
    await f.person({ displayName: 'Wednesday Birthday', birthday: week[2]!.slice(5), showBirthday: true });
    await f.person({ displayName: 'Next Monday Birthday', birthday: week[7]!.slice(5), showBirthday: true });
    await f.person({ displayName: 'Sunday Anniversary', joinedAt: at(`${Number(week[6]!.slice(0, 4)) - 1}-${week[6]!.slice(5)}`, '12:00') });
    await f.person({ displayName: 'Not Shown', birthday: week[3]!.slice(5), showBirthday: false });

    expect(await f.digests().weekly(at(week[1]!, '09:00'))).toBe(0); // a Tuesday
    expect(await f.digests().weekly(at(monday, '07:00'))).toBe(0);
    expect(await f.digests().daily(at(monday, '09:00'))).toBe(0); // nothing of Wim's is daily
    expect(await f.digests().weekly(at(monday, '09:00'))).toBe(1);
    expect(await f.digests().weekly(at(monday, '09:00'))).toBe(0);
    expect(await f.digests().weekly(at(monday, '10:00'))).toBe(0);
    await f.send(at(monday, '09:00'));

    const [mail, ...more] = f.smtp.to(wim.email);
    expect(more).toEqual([]);
    expect(mail!.subject).toMatch(/^Your week at Tertulia \(Monday .+\): 3 items$/);
    const items = itemsOf(mail!);
    expect(items).toHaveLength(3);
    expect(items[0]).toBe('Pau commented on “Factures”');
    expect(items[1]).toMatch(/^Wednesday Birthday's birthday is on Wednesday \d+ \w+ \d{4}$/);
    expect(items[2]).toMatch(/^Sunday Anniversary celebrates 1 year at the coworking on Sunday \d+ \w+ \d{4}$/);
    expect(await f.emailedAt(comment)).not.toBeNull();
    expect(await f.emailedAt(answer)).toBeNull();
    expect(Buffer.from(/unsubscribe\/([A-Za-z0-9_-]+)>/.exec(mail!.headers['list-unsubscribe']!)![1]!, 'base64url').toString()).toContain(
      `${wim.id}.weekly_digest.`,
    );
  });
});
