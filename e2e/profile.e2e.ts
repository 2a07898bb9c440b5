import type { MemberProfile, ServiceCategory } from '@tertulia/domain';
import type { Page } from 'playwright-core';
import { accessibilityViolations } from './support/accessibility';
import { DEMO_PASSWORD, MANAGER, signIn, usePortal } from './support/session';

const CATALAN = { email: 'Correu electrònic', password: 'Contrasenya', submit: 'Entra', signOut: 'Tanca la sessió' };
const SPANISH = { email: 'Correo electrónico', password: 'Contraseña', submit: 'Entrar', signOut: 'Cerrar sesión' };

/** A real 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const OWNER = 'oriol.costa@tertulia.example';
const MAPS = 'Disseny gràfic de mapes';
const WEB = 'Diseño web accesible';
const TEMPORARY = 'Taller de prova';

/** What the API says now, read with the page's own session. */
async function myProfile(page: Page): Promise<MemberProfile> {
  const me = (await (await page.request.get('/api/auth/me')).json()) as { member: { id: string } };
  return (await (await page.request.get(`/api/members/${me.member.id}`)).json()) as MemberProfile;
}

/** A category to choose: the seeded ones, or one the manager adds. */
async function aCategory(manager: Page): Promise<ServiceCategory> {
  const existing = ((await (await manager.request.get('/api/service-categories')).json()) as { items: ServiceCategory[] }).items;
  if (existing.length > 0) return existing[0]!;
  const origin = new URL(manager.url()).origin;
  const created = await manager.request.post('/api/service-categories', {
    headers: { Origin: origin },
    data: { slug: 'design', names: { ca: 'Disseny', es: 'Diseño', en: 'Design' } },
  });
  expect(created.status()).toBe(201);
  return (await created.json()) as ServiceCategory;
}

describe('my profile in Chromium', () => {
  const pages = usePortal();

  it('a member fills in their profile, photo, focus and services; others find them by an unaccented search', async () => {
    const manager = await pages().open();
    await signIn(manager, MANAGER.email, MANAGER.password);
    const category = await aCategory(manager);

    // The owner, in English, opens «My profile» from the header.
    const owner = await pages().open();
    await signIn(owner, OWNER, DEMO_PASSWORD);
    await owner.getByRole('link', { name: 'My profile' }).click();
    await owner.getByRole('heading', { name: 'My profile', level: 1 }).waitFor();

    const about = owner.getByRole('region', { name: 'About you', exact: true });
    const preview = owner.getByRole('region', { name: 'How others see you', exact: true });
    await about.getByLabel('Headline', { exact: true }).fill('Maps and user research for small teams');
    await about.getByLabel('About me', { exact: true }).fill('I draw **clear maps** of how people use a product.');
    await about.getByRole('button', { name: 'Preview' }).click();
    expect(await about.getByRole('button', { name: 'Preview' }).getAttribute('aria-pressed')).toBe('true');
    await about.getByRole('region', { name: 'Preview of «About me»', exact: true }).locator('strong', { hasText: 'clear maps' }).waitFor();
    await about.getByLabel('Business name', { exact: true }).fill('Costa UX Studio');
    await about.getByLabel('Website', { exact: true }).fill('https://costa-ux.example');
    await about.getByLabel('Skills', { exact: true }).fill('User research, prototyping, user research');
    await about.getByRole('list', { name: 'Skills as they will be shown' }).getByRole('listitem').nth(1).waitFor();
    expect(await about.getByRole('list', { name: 'Skills as they will be shown' }).getByRole('listitem').allTextContents()).toEqual([
      'User research',
      'prototyping',
    ]);
    await about.getByRole('checkbox', { name: 'French' }).check();
    await about.getByLabel("Who I'm looking for", { exact: true }).fill('Start-ups that need their first user tests.');
    await about.getByLabel('Day', { exact: true }).selectOption('14');
    await about.getByLabel('Month', { exact: true }).selectOption({ label: 'March' });
    await about.getByRole('checkbox', { name: 'Show my birthday to the community' }).check();

    // The preview follows what is typed, before saving.
    const card = preview.getByRole('article', { name: /Directory card of Oriol Costa/ });
    await card.getByText('Maps and user research for small teams').waitFor();
    await card.getByText('Costa UX Studio').waitFor();
    await card.getByText('prototyping').waitFor();
    await preview.getByText('14 March').waitFor();
    await preview.locator('strong', { hasText: 'clear maps' }).waitFor();

    // A bad website is refused by the form, tied to the field.
    await about.getByLabel('Website', { exact: true }).fill('costa-ux');
    await about.getByRole('button', { name: 'Save profile' }).click();
    const website = about.getByLabel('Website', { exact: true });
    expect(await website.getAttribute('aria-invalid')).toBe('true');
    expect(await website.evaluate((input) => input === document.activeElement)).toBe(true);
    await website.fill('https://costa-ux.example');
    await about.getByRole('button', { name: 'Save profile' }).click();
    await about.getByText('Your profile has been saved.').waitFor();
    let saved = await myProfile(owner);
    expect(saved).toMatchObject({
      headline: 'Maps and user research for small teams',
      businessName: 'Costa UX Studio',
      website: 'https://costa-ux.example',
      skills: ['User research', 'prototyping'],
      birthday: '03-14',
      privacy: { showBirthday: true, directoryVisible: true },
    });
    expect(saved.languages).toContain('fr');

    // The photo: a real PNG shows; a text file named .png is refused with a translated sentence.
    const photo = owner.getByRole('region', { name: 'Photo', exact: true });
    await photo.getByLabel('Choose a new photo', { exact: true }).setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG });
    await photo.getByText('Your new photo is in place.').waitFor();
    const image = photo.getByRole('img', { name: 'Photo of Oriol Costa' });
    await image.waitFor();
    expect(await image.getAttribute('src')).toMatch(/^\/api\/photos\/.+\.webp$/);
    await owner.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('.photo-current__image');
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    await photo.getByLabel('Choose a new photo', { exact: true }).setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('just some notes\n') });
    await photo.getByRole('alert').filter({ hasText: 'This file is not a JPEG, PNG or WebP image.' }).waitFor();
    expect(await photo.getByLabel('Choose a new photo', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect((await myProfile(owner)).photoUrl).toMatch(/^\/api\/photos\//);

    // Focus until the end of the day, and open to a coffee.
    const focus = owner.getByRole('region', { name: 'Focus', exact: true });
    await focus.getByRole('radio', { name: 'until the end of the day' }).check();
    await focus.getByRole('button', { name: 'Start focus' }).click();
    await focus.getByText('You are in focus for the rest of the day.').waitFor();
    await focus.getByText('In focus for the rest of the day', { exact: true }).waitFor();
    await focus.getByRole('checkbox', { name: 'Open to a coffee' }).check();
    await focus.getByText('Others now see that you are open to a coffee.').waitFor();
    saved = await myProfile(owner);
    expect(saved.focus.openToCoffee).toBe(true);
    expect(new Date(saved.focus.focusUntil!).getTime()).toBeGreaterThan(Date.now());
    await preview.getByText('In focus for the rest of the day', { exact: true }).waitFor();

    // Three services: with a category and tags, a live count for the summary.
    const services = owner.getByRole('region', { name: 'What I offer', exact: true });
    const titles = () => services.getByRole('listitem').filter({ has: owner.getByRole('heading', { level: 3 }) }).locator('h3').allTextContents();
    // The demo community may already list some of theirs.
    const before = await titles();
    const add = services.getByRole('form', { name: 'Add a service' });
    const addService = async (title: string, summary: string, tags: string, withCategory: boolean) => {
      await add.getByLabel('Title', { exact: true }).fill(title);
      await add.getByLabel('Summary', { exact: true }).fill(summary);
      if (withCategory) await add.getByLabel('Category', { exact: true }).selectOption({ label: category.names.en });
      await add.getByLabel('Tags', { exact: true }).fill(tags);
      await add.getByRole('button', { name: 'Add service' }).click();
      await services.getByText(`«${title}» has been added.`).waitFor();
    };
    await add.getByLabel('Summary', { exact: true }).fill('Maps of journeys');
    await add.getByText('16 / 280 characters').waitFor();
    await addService(MAPS, 'Mapes de recorregut i infografies per entendre els vostres usuaris', 'maps, infographics', true);
    await add.getByLabel('Description', { exact: true }).fill('Un **workshop** de dues hores.');
    await addService(WEB, 'Webs que tothom pot fer servir, també amb lector de pantalla', 'accessibility, web', false);
    await addService(TEMPORARY, 'Un taller que acabaré esborrant', 'test', false);
    expect(await titles()).toEqual([...before, MAPS, WEB, TEMPORARY]);
    const row = (title: string) => services.getByRole('listitem').filter({ has: owner.getByRole('heading', { name: title, level: 3 }) });
    await row(MAPS).getByText(category.names.en).waitFor();
    await row(MAPS).getByRole('list', { name: 'Tags' }).getByText('infographics').waitFor();

    // Reorder with the keyboard: «Diseño web» moves up and keeps the focus.
    await row(WEB).getByRole('button', { name: /^Move up/ }).focus();
    await owner.keyboard.press('Enter');
    await services.getByText(`«${WEB}» is now number ${before.length + 1} of ${before.length + 3}.`).waitFor();
    expect(await titles()).toEqual([...before, WEB, MAPS, TEMPORARY]);
    expect(await owner.evaluate(() => document.activeElement?.textContent)).toContain('Move up');
    expect((await myProfile(owner)).services.sort((a, b) => a.position - b.position).map((service) => service.title)).toEqual([
      ...before,
      WEB,
      MAPS,
      TEMPORARY,
    ]);

    // Remove one, after a question.
    await row(TEMPORARY).getByRole('button', { name: /^Remove/ }).click();
    const dialog = owner.getByRole('dialog', { name: `Remove «${TEMPORARY}»?` });
    await dialog.getByRole('button', { name: 'Keep it' }).waitFor();
    await dialog.getByRole('button', { name: 'Remove service' }).click();
    await services.getByText(`«${TEMPORARY}» has been removed.`).waitFor();
    expect(await titles()).toEqual([...before, WEB, MAPS]);

    expect(await accessibilityViolations(owner)).toEqual([]);

    // Another member, in Español, searches without accents and finds the new service.
    const reader = await pages().open({ locale: 'es-ES' });
    await signIn(reader, 'lucia.garcia@tertulia.example', DEMO_PASSWORD, SPANISH);
    await reader.getByRole('navigation').getByRole('link', { name: 'Directorio' }).click();
    await reader.getByRole('search').getByLabel('Buscar', { exact: true }).fill('disseny grafic mapes');
    await reader.getByRole('search').getByRole('button', { name: 'Buscar' }).click();
    const found = reader.getByRole('list', { name: 'Personas encontradas' }).getByRole('listitem').filter({ hasText: 'Oriol Costa' });
    // Found by their service (their card lists their first three services only).
    await found.getByRole('link', { name: 'Oriol Costa' }).waitFor();
    expect(await found.locator('img.avatar--photo').getAttribute('src')).toMatch(/^\/api\/photos\//);
    await found.getByRole('link', { name: 'Oriol Costa' }).click();
    await reader.getByRole('heading', { name: 'Oriol Costa', level: 1 }).waitFor();
    const offered = reader.getByRole('region', { name: 'Servicios', exact: true });
    await offered.getByRole('heading', { name: MAPS }).waitFor();
    await offered.getByRole('heading', { name: WEB }).waitFor();
    expect(await offered.getByText(TEMPORARY).count()).toBe(0);

    // Another, in Català, finds «Diseño web» with «diseno web», and sees their own «El meu perfil».
    const catalan = await pages().open({ locale: 'ca-ES' });
    await signIn(catalan, 'marc.soler@tertulia.example', DEMO_PASSWORD, CATALAN);
    await catalan.getByRole('navigation').getByRole('link', { name: 'Directori' }).click();
    await catalan.getByRole('search').getByLabel('Cerca', { exact: true }).fill('diseno web');
    await catalan.getByRole('search').getByRole('button', { name: 'Cerca' }).click();
    await catalan.getByRole('list', { name: 'Persones trobades' }).getByRole('listitem').filter({ hasText: 'Oriol Costa' }).getByText(WEB).waitFor();
    await catalan.getByRole('link', { name: 'El meu perfil' }).click();
    await catalan.getByRole('heading', { name: 'El meu perfil', level: 1 }).waitFor();
    await catalan.getByRole('region', { name: 'Què ofereixo', exact: true }).getByRole('form', { name: 'Afegeix un servei' }).waitFor();
    await catalan.getByRole('region', { name: 'Foto', exact: true }).getByLabel('Tria una foto nova', { exact: true }).waitFor();
  });

  it('spot checks in Español: the page, a refused time and a refused file', async () => {
    const page = await pages().open({ locale: 'es-ES' });
    await signIn(page, 'javier.fernandez@tertulia.example', DEMO_PASSWORD, SPANISH);
    await page.getByRole('link', { name: 'Mi perfil' }).click();
    await page.getByRole('heading', { name: 'Mi perfil', level: 1 }).waitFor();
    const photo = page.getByRole('region', { name: 'Foto', exact: true });
    await photo.getByLabel('Elige una foto nueva', { exact: true }).setInputFiles({ name: 'cv.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.4 not an image') });
    await photo.getByRole('alert').filter({ hasText: 'Este archivo no es una imagen JPEG, PNG o WebP.' }).waitFor();
    const focus = page.getByRole('region', { name: 'Concentración', exact: true });
    await focus.getByRole('radio', { name: 'hasta una hora de hoy' }).check();
    await focus.getByRole('button', { name: 'Empezar a concentrarme' }).click();
    expect(await focus.getByLabel('Hasta', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await focus.getByText('Este campo es obligatorio.').waitFor();
    const add = page.getByRole('form', { name: 'Añadir un servicio' });
    await add.getByRole('button', { name: 'Añadir el servicio' }).click();
    expect(await add.getByLabel('Título', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await add.getByLabel('Resumen', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  });
});
