import type { NetworkingPlan } from '@tertulia/domain';
import { hashToken, newToken } from '../../src/common/security/tokens';
import { createMember, type MemberOverrides } from '../factories/member.factory';
import type { Person } from './signed-in';
import type { TestApp } from './test-app';

let counter = 0;

/**
 * A member with a session of their own, inserted as sign-in would (so that a dozen Argon2 verifications do not
 * dominate the test), and a client from an address of its own.
 */
export async function personWithSession(t: TestApp, overrides: MemberOverrides = {}): Promise<Person> {
  const member = await createMember(t.dataSource, { displayName: `Persona ${String(++counter).padStart(3, '0')}`, ...overrides });
  const token = newToken();
  await t.dataSource.query(`INSERT INTO sessions (id, member_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
    hashToken(token),
    member.id,
  ]);
  const client = t.client();
  client.cookie = token;
  return { id: member.id, client };
}

export async function people(t: TestApp, count: number): Promise<Person[]> {
  const found: Person[] = [];
  for (let index = 0; index < count; index++) found.push(await personWithSession(t));
  return found;
}

/** A networking lunch `daysAhead` days from now, straight in the database. */
export async function lunch(
  t: TestApp,
  organiserId: string,
  options: { daysAhead?: number; format?: string; circleId?: string | null } = {},
): Promise<string> {
  const [{ id }] = await t.dataSource.query(
    `INSERT INTO events (title, starts_at, ends_at, timezone, format, circle_id, organiser_id)
     VALUES ('Dinar de networking', now() + make_interval(days => $1::int), now() + make_interval(days => $1::int, hours => 2),
             'Europe/Madrid', $2, $3, $4)
     RETURNING id`,
    [options.daysAhead ?? 14, options.format ?? 'networking_lunch', options.circleId ?? null, organiserId],
  );
  return id;
}

export async function answer(t: TestApp, eventId: string, memberIds: string[], status: 'going' | 'waitlisted' | 'not_going' = 'going') {
  for (const [index, memberId] of memberIds.entries()) {
    await t.dataSource.query(`INSERT INTO event_rsvps (event_id, member_id, status, waitlist_seq) VALUES ($1, $2, $3, $4)`, [
      eventId,
      memberId,
      status,
      status === 'waitlisted' ? index + 1 : null,
    ]);
  }
}

/** Who sits with whom: each table as a sorted list, for comparing plans. */
export const tablesOf = (plan: NetworkingPlan) => plan.rounds.map((round) => round.tables.map((table) => [...table.memberIds].sort()));

/** Every pair sharing a table in some round, as "a|b" with a < b. */
export function pairsOf(plan: Pick<NetworkingPlan, 'rounds'>): string[] {
  const pairs: string[] = [];
  for (const round of plan.rounds)
    for (const table of round.tables)
      for (const a of table.memberIds) for (const b of table.memberIds) if (a < b) pairs.push(`${a}|${b}`);
  return pairs;
}

/** What is stored, seat by seat, to check that a refused request changed nothing. */
export const storedSeats = (t: TestApp, eventId: string) =>
  t.dataSource.query(`SELECT round, table_no, member_id FROM networking_seats WHERE event_id = $1 ORDER BY round, table_no, member_id`, [eventId]);
