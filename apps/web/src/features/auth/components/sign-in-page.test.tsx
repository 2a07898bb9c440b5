import { labelFor, renderHtml } from '../../../test/render';
import { SignInPage } from './sign-in-page';

const labels = (html: string) =>
  [...html.matchAll(/<input[^>]*id="([^"]+)"/g)].map((match) => labelFor(html, match[1]!));

describe('SignInPage', () => {
  it('has plain English names for browser tests and screen readers', async () => {
    const html = await renderHtml(<SignInPage onSignedIn={() => undefined} />);
    expect(html).toContain('<h1 id="page-heading" tabindex="-1">Welcome back</h1>');
    expect(labels(html)).toEqual(['E-mail', 'Password']);
    expect(html).toMatch(/<button type="submit"[^>]*>Sign in<\/button>/);
    expect(html).toMatch(/autocomplete="current-password"/i);
  });

  it('speaks Catalan and Spanish', async () => {
    expect(labels(await renderHtml(<SignInPage onSignedIn={() => undefined} />, 'ca'))).toEqual([
      'Correu electrònic',
      'Contrasenya',
    ]);
    expect(labels(await renderHtml(<SignInPage onSignedIn={() => undefined} />, 'es'))).toEqual([
      'Correo electrónico',
      'Contraseña',
    ]);
  });
});
