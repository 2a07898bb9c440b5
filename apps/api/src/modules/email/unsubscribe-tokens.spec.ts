import { randomUUID } from 'node:crypto';
import { UNSUBSCRIBE_SCOPES } from '@tertulia/domain';
import type { UnsubscribeRepository } from './unsubscribe.repository';
import { UnsubscribeTokens } from './unsubscribe-tokens';

const tokens = (key = 'a key of the installation') =>
  new UnsubscribeTokens({ signingKey: async () => key } as unknown as UnsubscribeRepository);

describe('unsubscribe tokens', () => {
  it('fit in a path parameter (Fastify allows 100 characters) for every scope', async () => {
    const sign = await tokens().signer();
    for (const scope of UNSUBSCRIBE_SCOPES) expect(sign(randomUUID(), scope).length).toBeLessThanOrEqual(100);
  });

  it('name the member and the scope they were made for, and nothing else', async () => {
    const own = tokens();
    const memberId = randomUUID();
    const token = (await own.signer())(memberId, 'knowledge');
    expect(await own.verify(token)).toEqual({ memberId, scope: 'knowledge' });
    expect(await tokens('another installation').verify(token)).toBeNull();
    const [, , signature] = Buffer.from(token, 'base64url').toString().split('.');
    expect(await own.verify(Buffer.from(`${randomUUID()}.knowledge.${signature}`).toString('base64url'))).toBeNull();
    expect(await own.verify(Buffer.from(`${memberId}.events.${signature}`).toString('base64url'))).toBeNull();
    expect(await own.verify(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(await own.verify('not a token at all')).toBeNull();
  });
});
