import type { CoffeeInvitation } from '@tertulia/domain';
import { signedInMember } from './utils/signed-in';
import { startTestApp, type TestApp } from './utils/test-app';

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/**
 * Fired in parallel over real HTTP: on PostgreSQL, concurrent transactions on separate connections decided by the
 * invitation's row lock and the one-pending index; on PGlite (one connection) one after another, with the same outcome.
 */
describe('coffee invitations under concurrent requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('the invitee answers 8 times at once (accepting either time, or declining): one answer is taken, 7 get 409, the inviter is told once', async () => {
    const ana = await signedInMember(t);
    const bru = await signedInMember(t);
    const times = [inHours(30), inHours(54)];
    const { body } = await ana.client.post<CoffeeInvitation>('/api/coffee/invitations', { inviteeId: bru.id, proposedTimes: times });
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        index % 3 === 2
          ? bru.client.post(`/api/coffee/invitations/${body.id}/decline`)
          : bru.client.post(`/api/coffee/invitations/${body.id}/accept`, { time: times[index % 2] }),
      ),
    );
    const won = answers.filter((response) => response.status === 200);
    expect(won).toHaveLength(1);
    const lost = answers.filter((response) => response.status !== 200);
    expect(lost.map((response) => [response.status, response.body.error.code])).toEqual(Array(7).fill([409, 'COFFEE_INVITATION_ANSWERED']));

    // What the winner was told is what is stored, and the inviter heard of exactly that.
    const [row] = await t.dataSource.query(`SELECT status, chosen_time FROM coffee_invitations WHERE id = $1`, [body.id]);
    expect(row.status).toBe(won[0]!.body.status);
    const told = await t.dataSource.query(`SELECT kind FROM notifications WHERE member_id = $1 AND kind IN ('coffee_accepted', 'coffee_declined')`, [ana.id]);
    expect(told).toEqual([{ kind: row.status === 'accepted' ? 'coffee_accepted' : 'coffee_declined' }]);
  });

  it('the same invitation sent 6 times at once: one is created, 5 get 409', async () => {
    const ana = await signedInMember(t);
    const bru = await signedInMember(t);
    const sent = await Promise.all(
      Array.from({ length: 6 }, () => ana.client.post('/api/coffee/invitations', { inviteeId: bru.id, proposedTimes: [inHours(30)] })),
    );
    expect(sent.filter((response) => response.status === 201)).toHaveLength(1);
    expect(sent.filter((response) => response.status === 409).map((response) => response.body.error.code)).toEqual(Array(5).fill('COFFEE_INVITATION_PENDING'));
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM coffee_invitations WHERE inviter_id = $1`, [ana.id])).toEqual([{ n: 1 }]);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM notifications WHERE member_id = $1 AND kind = 'coffee_invited'`, [bru.id])).toEqual([{ n: 1 }]);
  });
});
