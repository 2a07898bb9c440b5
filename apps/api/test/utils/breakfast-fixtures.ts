import type { BreakfastSession } from '@tertulia/domain';
import { createMember, FACTORY_PASSWORD } from '../factories/member.factory';
import type { TestApp } from './test-app';
import type { TestClient } from './test-client';

export const THURSDAYS = { weekday: 4, startTime: '09:00', durationMinutes: 45, place: 'La cuina', timezone: 'Europe/Madrid', active: true };

export interface Presenter {
  id: string;
  name: string;
  client: TestClient;
}

/** A signed-in manager and `count` signed-in members who joined one year apart, oldest first. */
export async function community(t: TestApp, count: number) {
  const managerMember = await createMember(t.dataSource, { role: 'manager', displayName: 'Manager', joinedAt: new Date('2010-01-01') });
  await t.dataSource.query(`UPDATE members SET presenter_opt_in = false WHERE id = $1`, [managerMember.id]);
  const manager = t.client();
  await manager.signIn(managerMember.email, FACTORY_PASSWORD);
  const members: Presenter[] = [];
  for (let index = 0; index < count; index++) {
    const name = `Member ${String.fromCharCode(65 + index)}`;
    const member = await createMember(t.dataSource, { displayName: name, joinedAt: new Date(Date.UTC(2015 + index, 0, 1)) });
    const client = t.client();
    await client.signIn(member.email, FACTORY_PASSWORD);
    members.push({ id: member.id, name, client });
  }
  return { manager, managerId: managerMember.id, members };
}

export const presenterNames = (items: BreakfastSession[]) => items.map((item) => item.presenter?.displayName ?? null);

/** Moves a breakfast into the past, as if a week had gone by. */
export async function moveToPast(t: TestApp, sessionId: string): Promise<void> {
  await t.dataSource.query(
    `UPDATE breakfast_sessions SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour', date = date - 14 WHERE id = $1`,
    [sessionId],
  );
}
