import { renderToStaticMarkup } from 'react-dom/server';
import { initials, MemberAvatar } from './member-avatar';

describe('MemberAvatar', () => {
  it('shows the photo as a decorative image (the name is next to it)', () => {
    const html = renderToStaticMarkup(<MemberAvatar name="Marta Puig" photoUrl="/api/photos/abc.webp" />);
    expect(html).toMatch(/<img[^>]*src="\/api\/photos\/abc.webp"/);
    expect(html).toContain('alt=""');
  });

  it('shows the initials, hidden from screen readers, when there is no photo', () => {
    const html = renderToStaticMarkup(<MemberAvatar name="marta puig soler" photoUrl={null} size="large" />);
    expect(html).toBe('<span class="avatar avatar--large" aria-hidden="true">MS</span>');
  });

  it('takes the first and last names', () => {
    expect(initials('Jordi')).toBe('J');
    expect(initials('  àngela  de la Font ')).toBe('ÀF');
  });
});
