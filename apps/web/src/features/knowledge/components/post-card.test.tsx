import type { PostSummary } from '@tertulia/domain';
import { renderHtml } from '../../../test/render';
import { PostCard } from './post-card';

const author = { id: 'a6f1c2b4-5d03-4a39-9d7e-3f1c2b4a5d03', displayName: 'Marta Puig', photoUrl: null, businessName: null, headline: null };

function summary(overrides: Partial<PostSummary> = {}): PostSummary {
  return {
    id: 'p6f1c2b4-5d03-4a39-9d7e-3f1c2b4a5d03',
    kind: 'tip',
    title: 'Numera les factures',
    tags: ['Autònoms', 'IVA'],
    status: 'published',
    author,
    talk: null,
    publishedAt: '2026-12-03T23:30:00Z',
    editedAt: null,
    hidden: null,
    usefulCount: 1,
    markedUseful: false,
    commentCount: 0,
    createdAt: '2026-12-03T23:30:00Z',
    updatedAt: '2026-12-03T23:30:00Z',
    excerpt: 'Sempre **correlatives**.',
    truncated: false,
    ...overrides,
  };
}

const text = (html: string) => html.replace(/&#x27;/g, "'").replace(/&amp;/g, '&');

describe('PostCard', () => {
  it('shows the kind, the title as a link, the author, the day in Barcelona, tags and counts', async () => {
    const html = text(await renderHtml(<PostCard post={summary()} />));
    expect(html).toContain('badge--kind-tip">Tip</span>');
    expect(html).toMatch(/<h3 id="[^"]+" class="post-card__title"><a href="\/knowledge\/p6f1c2b4[^"]*"[^>]*>Numera les factures<\/a><\/h3>/);
    expect(html).toContain(`href="/members/${author.id}"`);
    // 23:30 UTC on the 3rd is already the 4th in Barcelona.
    expect(html).toContain('4 December 2026');
    expect(html).toContain('href="/knowledge?tag=Aut%C3%B2noms"');
    expect(html).toContain('1 found it useful');
    expect(html).toContain('0 comments');
    expect(html).not.toContain('edited');
    expect(html).not.toContain('Read more');
  });

  it('marks an edited post, links to the rest of a cut one, and speaks Catalan', async () => {
    const html = text(await renderHtml(<PostCard post={summary({ editedAt: '2026-12-05T10:00:00Z', truncated: true, commentCount: 2, usefulCount: 3 })} />, 'ca'));
    expect(html).toContain('editada');
    expect(html).toContain('Continua llegint');
    expect(html).toContain('2 comentaris');
    expect(html).toContain('A 3 persones els ha estat útil');
  });

  it('says when and where a talk is, and never lets the excerpt write HTML', async () => {
    const html = text(
      await renderHtml(
        <PostCard
          post={summary({
            kind: 'talk',
            excerpt: '<img src=x onerror="alert(1)">',
            talk: { startsAt: '2026-12-10T17:30:00Z', place: 'Sala gran', event: null, breakfast: null },
          })}
        />,
        'es',
      ),
    );
    expect(html).toContain('Charla');
    expect(html).toContain('Cuándo y dónde:');
    expect(html).toMatch(/jueves, 10 de diciembre de 2026, 18:30/);
    expect(html).toContain('Sala gran');
    expect(html).not.toContain('<img');
  });

  it('shows a draft as saved, not published, without counts', async () => {
    const html = text(await renderHtml(<PostCard post={summary({ status: 'draft', publishedAt: null })} showAuthor={false} />));
    expect(html).toContain('Draft');
    expect(html).toContain('Saved ');
    expect(html).not.toContain('found it useful');
    expect(html).not.toContain('/members/');
  });
});

describe('the useful count', () => {
  it('has its own sentence for nobody', async () => {
    const { i18n } = await import('../../../lib/i18n');
    await i18n.changeLanguage('en');
    expect(i18n.t('knowledge.useful.count', { count: 0 })).toBe('Nobody has marked it useful yet.');
    expect(i18n.t('knowledge.useful.count', { count: 1 })).toBe('Useful to 1 person');
    await i18n.changeLanguage('ca');
    expect(i18n.t('directory.profile.feedbackGiven', { count: 0 })).toBe('Encara no ha donat la seva opinió a ningú');
    expect(i18n.t('directory.profile.feedbackGiven', { count: 3 })).toBe('Ha donat la seva opinió 3 vegades');
  });
});
