import { accessibilityViolations } from './support/accessibility';
import { MANAGER, signIn, usePortal } from './support/session';

/** Every screen, as the manager sees it (the most controls), in each language and at phone width. */
describe('accessibility of the portal (axe-core, WCAG 2.1 AA)', () => {
  const pages = usePortal();

  it('has no serious or critical violation on the sign-in page', async () => {
    const page = await pages().open();
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('signs in and reaches the breakfasts with the keyboard alone, skip link first', async () => {
    const page = await pages().open();
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const focusedLabel = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
    for (let presses = 0; presses < 10 && (await focusedLabel()) !== 'E-mail'; presses++) await page.keyboard.press('Tab');
    await page.keyboard.type(MANAGER.email);
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Password');
    await page.keyboard.type(MANAGER.password);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const breakfasts = page.getByRole('navigation').getByRole('link', { name: 'Breakfasts' });
    await breakfasts.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Breakfasts', level: 1 }).waitFor();
  });

  it.each([
    ['en-GB', 1280],
    ['ca-ES', 375],
    ['es-ES', 1280],
  ])('has none on any signed-in screen (%s, %i px)', async (locale, width) => {
    const page = await pages().open({ locale, width });
    const labels =
      locale === 'ca-ES'
        ? { email: 'Correu electrònic', password: 'Contrasenya', submit: 'Entra', signOut: 'Tanca la sessió' }
        : locale === 'es-ES'
          ? { email: 'Correo electrónico', password: 'Contraseña', submit: 'Entrar', signOut: 'Cerrar sesión' }
          : undefined;
    await signIn(page, MANAGER.email, MANAGER.password, labels);
    const someone = await page.evaluate(async () => {
      const response = await fetch('/api/members?q=Jordi');
      return ((await response.json()) as { items: { id: string }[] }).items[0]!.id;
    });
    const paths = [
      '/', '/admin/members', '/admin/categories', '/breakfasts', '/account', '/profile', '/directory', '/directory?q=disseny',
      `/members/${someone}`, '/events', '/events?view=month', '/events/new', '/circles',
    ];
    // Feedback: the inbox's tabs, the request form, and one request of the demo community.
    const feedbackRequest = await page.evaluate(async () => {
      const response = await fetch('/api/feedback-requests?limit=1');
      return ((await response.json()) as { items: { id: string }[] }).items[0]!.id;
    });
    paths.push('/feedback', '/feedback?tab=all', '/feedback/new', `/feedback/${feedbackRequest}`);
    // Knowledge: the feed (searched, narrowed, the drafts), the post form, and a demo post with its comments.
    const discussedPost = await page.evaluate(async () => {
      const response = await fetch('/api/posts?limit=50');
      const posts = ((await response.json()) as { items: { id: string; commentCount: number }[] }).items;
      return (posts.find((post) => post.commentCount > 0) ?? posts[0]!).id;
    });
    paths.push('/knowledge', '/knowledge?q=factures&kind=tip', '/knowledge?view=drafts', '/knowledge/new', `/knowledge/${discussedPost}`);
    // Notifications: the list, the settings, the manager's outbox, and an unsubscribe link that does not work.
    paths.push('/notifications', '/settings/notifications', '/admin/outbox', '/admin/outbox?status=pending', `/unsubscribe/${'x'.repeat(40)}`);
    // Networking: the demo lunch with its tables planned (the manager's «Tables»), and both print views.
    const lunch = await page.evaluate(async () => {
      const events = ((await (await fetch('/api/events?limit=50')).json()) as { items: { id: string; format: string }[] }).items;
      const id = events.find((event) => event.format === 'networking_lunch')!.id;
      const headers = { 'content-type': 'application/json' };
      await fetch(`/api/events/${id}/networking`, { method: 'PUT', headers, body: JSON.stringify({ tableSize: 4, rounds: 3 }) });
      await fetch(`/api/events/${id}/networking/plan`, { method: 'POST' });
      return id;
    });
    paths.push(`/events/${lunch}`, `/events/${lunch}/tables/print?view=cards`, `/events/${lunch}/tables/print?view=schedules`);
    // Coffee: the page (the manager's «Start a round now» included), and the invitation form from a profile's button.
    paths.push('/coffee', `/coffee?invite=${someone}`);
    for (const path of paths) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect({ path, violations: await accessibilityViolations(page) }).toEqual({ path, violations: [] });
      expect({ path, width: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ path, width });
    }
  });
});
