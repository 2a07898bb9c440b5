import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, startPortal, type Portal } from './portal';

export const MANAGER = { email: 'montse.vidal@tertulia.example', password: 'tertulia-demo' };
export const DEMO_PASSWORD = 'tertulia-demo';

/** Opens pages in fresh browser contexts (own cookies and storage) and closes them all at the end. */
export class Pages {
  private readonly contexts: BrowserContext[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly baseURL: string,
  ) {}

  async open(options: { locale?: string; width?: number } = {}): Promise<Page> {
    const context = await this.browser.newContext({
      baseURL: this.baseURL,
      locale: options.locale ?? 'en-GB',
      viewport: { width: options.width ?? 1280, height: 900 },
    });
    this.contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    return page;
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.contexts.map((context) => context.close()));
  }
}

/** Signs in through the form; the labels follow the page's language. */
export async function signIn(
  page: Page,
  email: string,
  password: string,
  labels = { email: 'E-mail', password: 'Password', submit: 'Sign in', signOut: 'Sign out' },
): Promise<void> {
  await page.goto('/');
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.submit }).click();
  await page.getByRole('button', { name: labels.signOut }).waitFor();
}

/** Starts the portal and Chromium before the tests of a file and stops them after; `pages()` opens fresh pages. */
export function usePortal(): () => Pages {
  let portal: Portal | undefined;
  let browser: Browser | undefined;
  let pages: Pages | undefined;
  beforeAll(async () => {
    [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
    pages = new Pages(browser, portal.url);
  });
  afterAll(async () => {
    await pages?.closeAll();
    await browser?.close();
    await portal?.close();
  });
  return () => {
    if (!pages) throw new Error('the portal has not started');
    return pages;
  };
}

/** The sign-in form's labels in each language the browser tests use (English is the form's default). */
export const SIGN_IN_LABELS = {
  'en-GB': undefined,
  'ca-ES': { email: 'Correu electrònic', password: 'Contrasenya', submit: 'Entra', signOut: 'Tanca la sessió' },
  'es-ES': { email: 'Correo electrónico', password: 'Contraseña', submit: 'Entrar', signOut: 'Cerrar sesión' },
} as const;
export type TestLocale = keyof typeof SIGN_IN_LABELS;

type Cookies = Awaited<ReturnType<BrowserContext['cookies']>>;

/**
 * Opens a page signed in as this person, in this language. Each person signs in through the form
 * once; later pages reuse their session cookie (sign-ins are throttled per address).
 */
export function signedInPages(pages: () => Pages) {
  const sessions = new Map<string, Cookies>();
  return async function signedIn(email: string, locale: TestLocale = 'en-GB'): Promise<Page> {
    const page = await pages().open({ locale });
    const labels = SIGN_IN_LABELS[locale];
    const cookies = sessions.get(email);
    if (cookies) {
      await page.context().addCookies(cookies);
      await page.goto('/');
      await page.getByRole('button', { name: labels?.signOut ?? 'Sign out' }).waitFor();
    } else {
      await signIn(page, email, email === MANAGER.email ? MANAGER.password : DEMO_PASSWORD, labels);
      sessions.set(email, await page.context().cookies());
    }
    return page;
  };
}
