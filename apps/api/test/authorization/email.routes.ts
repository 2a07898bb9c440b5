import { UnsubscribeTokens } from '../../src/modules/email/unsubscribe-tokens';
import { createMember } from '../factories/member.factory';
import type { RouteCase } from './route-case';

/** The manager's outbox, and the one-click unsubscribe (public: the signed link is the proof). */
export const EMAIL_ROUTES: RouteCase[] = [
  { method: 'GET', route: '/api/outbox', request: async () => ({ path: '/api/outbox' }), expected: { anonymous: 401, member: 403, manager: 200 } },
  {
    method: 'POST',
    route: '/api/unsubscribe/{token}',
    request: async (t) => {
      const member = await createMember(t.dataSource);
      const sign = await t.app.get(UnsubscribeTokens).signer();
      return { path: `/api/unsubscribe/${sign(member.id, 'knowledge')}` };
    },
    expected: { anonymous: 200, member: 200, manager: 200 },
  },
];
