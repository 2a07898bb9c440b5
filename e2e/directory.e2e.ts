import type { MemberProfile, MemberSummary, Page as ApiPage, Service, ServiceCategory } from '@tertulia/domain';
import type { Page } from 'playwright-core';
import { accessibilityViolations } from './support/accessibility';
import { MANAGER, signedInPages, usePortal } from './support/session';

const JORDI = 'jordi.puig@tertulia.example';
const EMMA = 'emma.wilson@tertulia.example';

/** Calls the API with the page's session; changes carry the portal's own Origin, as the portal's requests do. */
async function call<T>(page: Page, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, data?: unknown): Promise<T> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.fetch(path, { method, data, headers: method === 'GET' ? {} : { Origin: origin } });
  if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

async function memberId(page: Page, email: string): Promise<string> {
  const members = await call<ApiPage<MemberSummary>>(page, 'GET', '/api/members?limit=100');
  return members.items.find((member) => member.email === email)!.id;
}

/** A category and a described service of Jordi's (the graphic designer of the demo community), set up through the API. */
async function seedJordi(manager: Page, jordi: Page, slug: string): Promise<{ category: ServiceCategory; service: Service }> {
  const category = await call<ServiceCategory>(manager, 'POST', '/api/service-categories', {
    slug,
    names: { ca: `Disseny ${slug}`, es: `Diseño ${slug}`, en: `Design ${slug}` },
  });
  await call(jordi, 'PATCH', '/api/members/me', {
    skills: ['Branding', 'Il·lustració'],
    languages: ['ca', 'es', 'fr'],
    bio: 'Faig **marques** que es recorden.\n\n[perill](javascript:alert(1)) <script>window.hacked = true</script> <img src=x onerror="window.hacked = true">',
    lookingFor: 'Startups que vulguin una identitat clara',
    birthday: '05-03',
    showBirthday: true,
  });
  const service = await call<Service>(jordi, 'POST', '/api/services', {
    title: `Identitat de marca ${slug}`,
    summary: 'Logotip, paleta i tipografia per a petits negocis',
    description: 'Inclou:\n\n- **tres** propostes\n- manual de marca',
    categoryId: category.id,
    tags: ['logotip', 'marca'],
    pricingNote: 'Des de 900 €',
    idealClient: 'Negocis que comencen',
  });
  return { category, service };
}


describe('the directory, profiles and services in Chromium', () => {
  const pages = usePortal();

  const signedIn = signedInPages(pages);

  it('a member searches in Català (accents or not), filters by category and opens a profile with its services', async () => {
    const manager = await signedIn(MANAGER.email);
    const jordi = await signedIn(JORDI);
    const { category, service } = await seedJordi(manager, jordi, 'grafic');

    const reader = await signedIn(EMMA, 'ca-ES');
    await reader.getByRole('navigation').getByRole('link', { name: 'Directori' }).click();
    await reader.getByRole('heading', { name: 'Directori', level: 1 }).waitFor();
    const results = reader.getByRole('list', { name: 'Persones trobades' });

    // Typing searches by itself after a pause, and the search lands in the URL.
    await reader.getByRole('searchbox', { name: 'Cerca' }).fill('disseny');
    await results.getByRole('link', { name: 'Jordi Puig' }).waitFor();
    await reader.waitForURL(/\/directory\?q=disseny$/);
    const card = results.getByRole('listitem').filter({ has: reader.getByRole('link', { name: 'Jordi Puig' }) });
    await card.getByText(service.title).waitFor();
    await card.getByRole('link', { name: 'Branding' }).waitFor();

    // Without the accent, Enter searches at once.
    await reader.getByRole('searchbox', { name: 'Cerca' }).fill('grafic');
    await reader.getByRole('searchbox', { name: 'Cerca' }).press('Enter');
    await reader.waitForURL(/q=grafic/);
    await results.getByRole('link', { name: 'Jordi Puig' }).waitFor();

    // The category filter, named in Catalan, narrows the directory to who offers it.
    await reader.getByRole('searchbox', { name: 'Cerca' }).fill('');
    await reader.getByRole('searchbox', { name: 'Cerca' }).press('Enter');
    await reader.getByLabel('Categoria de servei').selectOption({ label: category.names.ca });
    await reader.waitForURL(new RegExp(`category=${category.id}`));
    await results.getByRole('link', { name: 'Jordi Puig' }).waitFor();
    await reader.waitForFunction(() => document.querySelectorAll('[aria-label="Persones trobades"] > li').length === 1);

    // A query nobody matches says so.
    await reader.getByRole('searchbox', { name: 'Cerca' }).fill('zzzxxyy');
    await reader.getByText('Ningú no coincideix amb aquesta cerca.').waitFor();
    // The browser's history holds the searches, and the form follows it.
    await reader.goBack();
    await reader.waitForURL(/\/directory$/);
    await reader.waitForFunction(() => {
      const field = (name: string) => document.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value;
      return field('category') === '' && field('q') === '';
    });
    await reader.goForward();
    await reader.waitForURL(/q=zzzxxyy/);
    await reader.waitForFunction(
      (id) => document.querySelector<HTMLSelectElement>('select[name="category"]')?.value === id && document.querySelector<HTMLInputElement>('input[name="q"]')?.value === 'zzzxxyy',
      category.id,
    );
    await reader.getByRole('searchbox', { name: 'Cerca' }).fill('');
    await results.getByRole('link', { name: 'Jordi Puig' }).waitFor();
    expect(await accessibilityViolations(reader)).toEqual([]);

    // The profile: services with their Markdown, the bio rendered safely, dates in Catalan.
    await results.getByRole('link', { name: 'Jordi Puig' }).click();
    await reader.getByRole('heading', { name: 'Jordi Puig', level: 1 }).waitFor();
    const services = reader.getByRole('region', { name: 'Serveis' });
    const article = services.getByRole('article', { name: service.title });
    await article.getByText(category.names.ca).waitFor();
    expect(await article.locator('.markdown strong').textContent()).toBe('tres');
    await article.getByText('Des de 900 €').waitFor();
    await reader.getByText('3 de maig').waitFor();
    await reader.getByText(/^Membre des de .* · \d+ anys al coworking$/).waitFor();
    await reader.getByText('Francès').waitFor();
    const about = reader.getByRole('region', { name: 'Presentació' });
    expect(await about.locator('strong').textContent()).toBe('marques');
    expect(await about.locator('script, img, [onerror]').count()).toBe(0);
    expect(await about.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await reader.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined();
    expect(await reader.getByRole('link', { name: 'Edita el meu perfil' }).count()).toBe(0);
    expect(await accessibilityViolations(reader)).toEqual([]);

    // A skill links back to the directory narrowed to it.
    await reader.getByRole('link', { name: 'Branding' }).click();
    await reader.waitForURL(/\/directory\?skill=Branding$/);
    await results.getByRole('link', { name: 'Jordi Puig' }).waitFor();

    // An unknown profile is a friendly page, not an error.
    await reader.goto('/members/00000000-0000-4000-8000-000000000000');
    await reader.getByRole('heading', { name: 'No hem trobat aquest perfil', level: 1 }).waitFor();
  });

  it('the manager hides a service with a reason (in Español); its owner sees why, the others no longer see it', async () => {
    const manager = await signedIn(MANAGER.email, 'es-ES');
    const jordi = await signedIn(JORDI);
    const { service } = await seedJordi(manager, jordi, 'moderat');
    const jordiId = await memberId(manager, JORDI);

    await manager.goto(`/members/${jordiId}`);
    await manager.getByRole('heading', { name: 'Jordi Puig', level: 1 }).waitFor();
    const article = manager.getByRole('article', { name: service.title });
    await article.getByRole('button', { name: 'Ocultar' }).click();
    const dialog = manager.getByRole('dialog', { name: `¿Ocultar «${service.title}»?` });
    // A reason is required.
    await dialog.getByRole('button', { name: 'Ocultar el servicio' }).click();
    await dialog.getByText('Este campo es obligatorio.').waitFor();
    await dialog.getByLabel('Motivo').fill('El precio no es correcto');
    await dialog.getByRole('button', { name: 'Ocultar el servicio' }).click();
    await article.getByText('El coworking ha ocultado este servicio. Motivo: El precio no es correcto').waitFor();
    await manager.getByRole('status').getByText(`Se ha ocultado «${service.title}».`).waitFor();
    expect((await call<MemberProfile>(manager, 'GET', `/api/members/${jordiId}`)).services.find((s) => s.id === service.id)?.hidden?.reason).toBe(
      'El precio no es correcto',
    );

    // The owner, in English, sees it with the reason, and the link to edit their profile.
    await jordi.goto(`/members/${jordiId}`);
    await jordi.getByRole('article', { name: service.title }).getByText('The coworking has hidden this service. Reason: El precio no es correcto').waitFor();
    await jordi.getByRole('link', { name: 'Edit my profile' }).waitFor();

    // Another member no longer sees it.
    const emma = await signedIn(EMMA);
    await emma.goto(`/members/${jordiId}`);
    await emma.getByRole('heading', { name: 'Jordi Puig', level: 1 }).waitFor();
    await emma.getByRole('region', { name: 'Services' }).waitFor();
    expect(await emma.getByRole('article', { name: service.title }).count()).toBe(0);

    // The manager shows it again.
    await article.getByRole('button', { name: 'Volver a mostrar' }).click();
    await manager.getByRole('status').getByText(`«${service.title}» vuelve a estar visible.`).waitFor();
    await emma.reload();
    await emma.getByRole('article', { name: service.title }).waitFor();
  });

  it('the manager keeps the service categories (in English); members may not', async () => {
    const manager = await signedIn(MANAGER.email);
    await manager.getByRole('navigation').getByRole('link', { name: 'Categories' }).click();
    await manager.getByRole('heading', { name: 'Service categories', level: 1 }).waitFor();

    const add = manager.getByRole('region', { name: 'Add a category' });
    // A bad slug is refused before it is sent.
    await add.getByLabel('Identifier').fill('Bad Slug');
    await add.getByRole('button', { name: 'Add the category' }).click();
    await add.locator('[aria-invalid="true"]').first().waitFor();
    // A slug already in use (the demo has a photography category) is refused by the API.
    await add.getByLabel('Identifier').fill('photography');
    await add.getByLabel('Name in Catalan').fill('Ceràmica');
    await add.getByLabel('Name in Spanish').fill('Cerámica');
    await add.getByLabel('Name in English').fill('Ceramics');
    await add.getByRole('button', { name: 'Add the category' }).click();
    await add.getByRole('alert').waitFor();
    await add.getByLabel('Identifier').fill('ceramics');
    await add.getByRole('button', { name: 'Add the category' }).click();
    await manager.getByText('“Ceramics” added.').waitFor();

    const list = manager.getByRole('region', { name: 'Current categories' });
    await list.getByRole('button', { name: 'Edit Ceramics' }).click();
    await list.getByRole('form', { name: 'Edit Ceramics' }).getByLabel('Name in English').fill('Ceramics and pottery');
    await list.getByRole('button', { name: 'Save' }).click();
    await manager.getByText('The names of “Ceramics and pottery” are saved.').waitFor();
    expect(await accessibilityViolations(manager)).toEqual([]);

    await list.getByRole('button', { name: 'Delete Ceramics and pottery' }).click();
    const dialog = manager.getByRole('dialog', { name: 'Delete “Ceramics and pottery”?' });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await manager.getByText('“Ceramics and pottery” deleted.').waitFor();
    const categories = await call<{ items: ServiceCategory[] }>(manager, 'GET', '/api/service-categories');
    expect(categories.items.map((category) => category.slug)).not.toContain('ceramics');

    // A member gets the usual "not allowed" page, and no link to it.
    const member = await signedIn(EMMA);
    expect(await member.getByRole('navigation').getByRole('link', { name: 'Categories' }).count()).toBe(0);
    await member.goto('/admin/categories');
    await member.getByRole('heading', { level: 1 }).waitFor();
    expect(await member.getByRole('region', { name: 'Add a category' }).count()).toBe(0);
  });
});
