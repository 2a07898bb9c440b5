import { labelFor, renderHtml } from '../../../test/render';
import { InvitationLink } from './invitation-link';

const invitation = {
  id: '0b6f3c9e-2a57-4a39-9d7e-3f1c2b4a5d6e',
  email: 'ona@example.com',
  role: 'member' as const,
  token: 'x'.repeat(43),
  url: `http://localhost:3000/invitations/${'x'.repeat(43)}`,
  expiresAt: '2026-12-02T20:05:00.000Z',
};

describe('InvitationLink', () => {
  it('shows the link once, readable and labelled "Invitation link", with a copy button', async () => {
    const html = await renderHtml(<InvitationLink invitation={invitation} />);
    const input = /<input[^>]*id="([^"]+)"[^>]*>/.exec(html)!;
    expect(labelFor(html, input[1]!)).toBe('Invitation link');
    expect(input[0]).toMatch(/readonly=""/i);
    expect(input[0]).toContain(`value="${invitation.url}"`);
    expect(html).toMatch(/<button type="button"[^>]*>Copy link<\/button>/);
    // The expiry is written in the coworking's time zone: 21:05 in Barcelona.
    expect(html).toMatch(/Wednesday,? 2 December 2026 at 21:05/);
  });
});
