import { MANAGER, signIn, usePortal } from './support/session';

describe('the portal in Chromium', () => {
  const pages = usePortal();

  const newPage = (options?: { locale?: string; width?: number }) => pages().open(options);

  it('the manager invites a person, who accepts, is signed in and switches to Català', async () => {
    const manager = await newPage();
    await signIn(manager, MANAGER.email, MANAGER.password);
    await manager.getByRole('navigation').getByRole('link', { name: 'Members' }).click();
    await manager.getByRole('heading', { name: 'Members', level: 1 }).waitFor();
    await manager.getByLabel('E-mail').fill('pere.riba@example.com');
    await manager.getByRole('button', { name: 'Invite' }).click();
    const link = await manager.getByLabel('Invitation link').inputValue();
    expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
    await manager.getByRole('region', { name: 'Pending invitations' }).getByText('pere.riba@example.com').waitFor();

    const person = await newPage();
    await person.goto(link);
    await person.getByText('pere.riba@example.com').first().waitFor();
    await person.getByLabel('Display name').fill('Pere Riba');
    await person.getByLabel('Password', { exact: true }).fill('una contrasenya llarga');
    await person.getByLabel('Confirm password').fill('una contrasenya llarga');
    await person.getByRole('button', { name: 'Join the community' }).click();
    await person.getByRole('button', { name: 'Sign out' }).waitFor();
    await person.getByText('Pere Riba').first().waitFor();

    await person.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Català' });
    await person.getByRole('navigation').getByRole('link', { name: 'Inici' }).waitFor();
    expect(await person.locator('html').getAttribute('lang')).toBe('ca');
    await person.reload();
    await person.getByRole('button', { name: 'Tanca la sessió' }).waitFor();

    // The invitation is used: it left the manager's pending list.
    await manager.reload();
    await manager.getByRole('heading', { name: 'Members', level: 1 }).waitFor();
    expect(await manager.getByRole('region', { name: 'Pending invitations' }).getByText('pere.riba@example.com').count()).toBe(0);
  });

  it('speaks the browser language first', async () => {
    const page = await newPage({ locale: 'es-ES' });
    await page.goto('/');
    await page.getByRole('button', { name: 'Entrar' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
  });

  it('shows a translated sentence for a wrong password and for a used invitation link', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByLabel('E-mail').fill(MANAGER.email);
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: /password/i }).waitFor();

    await page.goto(`/invitations/${'x'.repeat(43)}`);
    await page.getByRole('heading', { name: "This invitation link doesn't work" }).waitFor();
  });

  it('lets the manager deactivate a member, and is usable at 375 px', async () => {
    const page = await newPage({ width: 375 });
    await signIn(page, MANAGER.email, MANAGER.password);
    await page.goto('/admin/members');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    // 31 people: the list comes in pages; the keyboard stays on the list when the last one arrives.
    const everyone = page.getByRole('region', { name: 'Community members' });
    await everyone.getByRole('button', { name: 'Load more' }).focus();
    await page.keyboard.press('Enter');
    await everyone.getByText("That's everyone.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("That's everyone.");
    const row = page.getByRole('listitem').filter({ hasText: 'Jordi Puig' });
    await row.getByRole('button', { name: /deactivate/i }).click();
    await page.getByRole('dialog').getByRole('button', { name: /deactivate/i }).click();
    await row.getByText('Deactivated').waitFor();

    const jordi = await newPage();
    await jordi.goto('/');
    await jordi.getByLabel('E-mail').fill('jordi.puig@tertulia.example');
    await jordi.getByLabel('Password', { exact: true }).fill('tertulia-demo');
    await jordi.getByRole('button', { name: 'Sign in' }).click();
    await jordi.getByRole('alert').waitFor();
    expect(await jordi.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
  });
});
