import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { CoffeeSettings, Locale } from '@tertulia/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { i18n } from '../../../lib/i18n';
import { coffeeKeys } from '../api/keys';
import { CoffeeSettingsSection } from './coffee-settings-section';

const VIEWER = '1f9619ff-8b86-4d01-b42d-00cf4fc964ff';
const settings: CoffeeSettings = {
  optIn: true,
  snoozeUntil: '2026-12-20',
  doNotPair: [{ id: '2f9619ff-8b86-4d01-b42d-00cf4fc964ff', displayName: 'Pere Riba', photoUrl: null, businessName: null, headline: null }],
};

async function render(locale: Locale = 'en'): Promise<string> {
  await i18n.changeLanguage(locale);
  const queryClient = new QueryClient();
  queryClient.setQueryData(coffeeKeys.settings(), settings);
  const router = createMemoryRouter([{ path: '*', element: <CoffeeSettingsSection viewerId={VIEWER} /> }]);
  return renderToStaticMarkup(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('the weekly coffee settings', () => {
  it('shows what is saved in labelled controls: taking part, the pause date, the private list with a remove button each', async () => {
    const html = await render();
    expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked=""/);
    expect(html).toContain('Take part in the weekly coffee');
    expect(html).toMatch(/<label[^>]*>Pause until<\/label>/);
    expect(html).toMatch(/type="date"[^>]*value="2026-12-20"|value="2026-12-20"[^>]*type="date"/);
    expect(html).toContain('Paused until Sunday 20 December 2026 (inclusive)');
    expect(html).toMatch(/<fieldset class="fieldset"><legend>Don&#x27;t pair me with<\/legend>/);
    expect(html).toContain('Private: only you see this list.');
    expect(html).toContain('>Remove Pere Riba</button>');
    expect(html).toMatch(/<label[^>]*>Add someone to the list<\/label>/);
  });

  it('speaks Catalan and Spanish', async () => {
    expect(await render('ca')).toContain('Participa en el cafè setmanal');
    expect(await render('ca')).toContain('No em facis parella amb');
    expect(await render('es')).toContain('No me emparejes con');
    expect(await render('es')).toContain('>Quitar a Pere Riba</button>');
  });
});
