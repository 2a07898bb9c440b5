import type { CoffeeInvitation, CoffeeMatch } from '@tertulia/domain';
import { renderHtml } from '../../../test/render';
import { InvitationItem } from './invitation-item';
import { MatchCard } from './match-card';

const ana = { id: '6f9619ff-8b86-4d01-b42d-00cf4fc964ff', displayName: 'Ana Roca', photoUrl: null, businessName: 'Roca Disseny', headline: 'Identitat visual' };
const bru = { id: '7f9619ff-8b86-4d01-b42d-00cf4fc964ff', displayName: 'Bru Vidal', photoUrl: null, businessName: null, headline: null };
const invitation: CoffeeInvitation = {
  id: '8f9619ff-8b86-4d01-b42d-00cf4fc964ff',
  inviter: ana,
  invitee: bru,
  // 09:30 and 16:00 in Barcelona (winter).
  proposedTimes: ['2026-12-03T08:30:00.000Z', '2026-12-04T15:00:00.000Z'],
  message: 'Un cafè i em parles del teu projecte?',
  status: 'pending',
  chosenTime: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  answeredAt: null,
};

describe('a coffee invitation', () => {
  it('received and pending: one radio per proposed time in a group named «Choose a time», on the coworking clock, with accept and decline', async () => {
    const html = await renderHtml(<InvitationItem invitation={invitation} box="received" />);
    expect(html).toMatch(/<fieldset[^>]*><legend>Choose a time<\/legend>/);
    const radios = [...html.matchAll(/<label class="coffee-choice"><input type="radio" name="([^"]+)" value="([^"]+)"\/> ([^<]+)<\/label>/g)];
    expect(radios.map((radio) => radio[2])).toEqual(invitation.proposedTimes);
    expect(new Set(radios.map((radio) => radio[1])).size).toBe(1);
    expect(radios[0]![3]).toMatch(/Thursday,? 3 December 2026.*09:30/);
    expect(radios[1]![3]).toMatch(/16:00/);
    expect(html).toContain('>Accept</button>');
    expect(html).toContain('>Decline</button>');
    expect(html).toContain('Un cafè i em parles del teu projecte?');
  });

  it('in Catalan, sent and accepted: says whom to and the chosen time', async () => {
    const accepted = { ...invitation, status: 'accepted' as const, chosenTime: invitation.proposedTimes[1]!, answeredAt: '2026-12-02T10:00:00.000Z' };
    const html = await renderHtml(<InvitationItem invitation={accepted} box="sent" />, 'ca');
    expect(html).toContain('Per a <a href="/members/7f9619ff-8b86-4d01-b42d-00cf4fc964ff" data-discover="true">Bru Vidal</a>');
    expect(html).toMatch(/Acceptada: divendres, 4 de desembre de(l)? 2026.*16:00/);
    expect(html).not.toContain('type="radio"');
  });
});

describe('the match card', () => {
  const match: CoffeeMatch = {
    id: '9f9619ff-8b86-4d01-b42d-00cf4fc964ff',
    weekOf: '2026-11-30',
    partners: [{ ...ana, skills: ['Branding', 'Il·lustració'] }],
    metAt: null,
  };

  it('shows the partner’s profile (name linking to it, business, headline, skills) and a «We met» button', async () => {
    const html = await renderHtml(<MatchCard match={match} />, 'es');
    expect(html).toContain('<a href="/members/6f9619ff-8b86-4d01-b42d-00cf4fc964ff" data-discover="true">Ana Roca</a>');
    expect(html).toContain('Roca Disseny');
    expect(html).toContain('Identitat visual');
    expect(html).toContain('aria-label="Habilidades de Ana Roca"');
    expect(html).toContain('<span class="tag">Il·lustració</span>');
    expect(html).toContain('Semana del lunes, 30 de noviembre de 2026');
    expect(html).toContain('>Nos hemos visto</button>');
  });

  it('once met, says when instead of the button', async () => {
    const html = await renderHtml(<MatchCard match={{ ...match, metAt: '2026-12-02T09:00:00.000Z' }} />);
    expect(html).toMatch(/You met \(Wednesday,? 2 December 2026.*10:00\)/);
    expect(html).not.toContain('>We met</button>');
  });
});
