import type { CircleSummary } from '@tertulia/domain';
import { renderHtml } from '../../../test/render';
import { CircleBadges } from './circle-badges';
import { MembershipButton } from './membership-button';

const circle = (patch: Partial<CircleSummary> = {}): CircleSummary => ({
  id: '6f1c2a3b-0000-4000-8000-000000000001',
  name: 'Fotografia',
  kind: 'interest',
  description: null,
  joinPolicy: 'approval',
  memberCount: 3,
  myMembership: null,
  canManage: false,
  ...patch,
});

describe('CircleBadges', () => {
  it('names the kind, the policy and the reader’s place in each language', async () => {
    const pending = circle({ myMembership: { role: 'member', status: 'pending' } });
    const en = await renderHtml(<CircleBadges circle={pending} />, 'en');
    expect(en).toContain('Interest');
    expect(en).toContain('Joined by approval');
    expect(en).toContain('Request pending');
    expect(await renderHtml(<CircleBadges circle={pending} />, 'ca')).toContain('Sol·licitud pendent');
    const admin = circle({ kind: 'company', joinPolicy: 'open', myMembership: { role: 'admin', status: 'active' } });
    const es = await renderHtml(<CircleBadges circle={admin} />, 'es');
    expect(es).toContain('Empresa');
    expect(es).toContain('Abierto a todos');
    expect(es).toContain('Administras el círculo');
  });

  it('shows no place for someone outside the circle', async () => {
    const html = await renderHtml(<CircleBadges circle={circle()} />, 'en');
    expect(html).not.toContain('member');
    expect(html).not.toContain('pending');
  });
});

describe('MembershipButton', () => {
  const noop = () => undefined;
  it('offers to ask for a circle by approval, naming the circle for screen readers', async () => {
    const html = await renderHtml(<MembershipButton circle={circle()} onDone={noop} />, 'en');
    expect(html).toMatch(/<button[^>]*aria-label="Ask to join Fotografia"[^>]*>Ask to join<\/button>/);
  });

  it('offers to join an open circle, to leave, and to withdraw a request', async () => {
    expect(await renderHtml(<MembershipButton circle={circle({ joinPolicy: 'open' })} onDone={noop} />, 'ca')).toMatch(
      /aria-label="Uneix-te a Fotografia"[^>]*>Uneix-te</,
    );
    const member = circle({ myMembership: { role: 'member', status: 'active' } });
    expect(await renderHtml(<MembershipButton circle={member} onDone={noop} />, 'es')).toMatch(/aria-label="Salir de Fotografia"[^>]*>Salir</);
    const pending = circle({ myMembership: { role: 'member', status: 'pending' } });
    expect(await renderHtml(<MembershipButton circle={pending} onDone={noop} />, 'en')).toContain('>Withdraw the request<');
  });
});
