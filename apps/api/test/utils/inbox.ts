import type { Notification } from '@tertulia/domain';
import type { TestClient } from './test-client';

export type Told = Pick<Notification, 'kind' | 'data' | 'link'>;

/** What a member reads in their notifications (GET /api/notifications), oldest first: kind, data and link. */
export async function inbox(client: TestClient): Promise<Told[]> {
  const page = await client.get<{ items: Notification[] }>('/api/notifications?limit=100');
  if (page.status !== 200) throw new Error(`GET /api/notifications answered ${page.status}: ${JSON.stringify(page.body)}`);
  return page.body.items.map(({ kind, data, link }) => ({ kind, data, link })).reverse();
}
