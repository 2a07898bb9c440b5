import type { Page } from 'playwright-core';
import { signedInPages, usePortal } from './support/session';
import { XSS_PAYLOADS, type XssPayload } from './support/xss-payloads';

const LUCIA = 'lucia.garcia@tertulia.example';
const EMMA = 'emma.wilson@tertulia.example';

/** A day a week from now on the coworking's calendar, `YYYY-MM-DD`. */
const inAWeek = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + 7 * 86_400_000),
  );

/** A state-changing API call from the signed-in page (with its own Origin, as the portal sends). */
async function post<T>(page: Page, path: string, data: unknown): Promise<T> {
  const response = await page.request.post(path, { data, headers: { Origin: new URL(page.url()).origin } });
  if (!response.ok()) throw new Error(`POST ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Any script that runs records its payload number (`xss(n)`), and any dialog is recorded too,
 * from before the page's own scripts load.
 */
async function watchForScripts(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const ran: number[] = [];
    Object.assign(window, { __xssRan: ran, xss: (n: number) => ran.push(n) });
  });
  return { dialogs };
}

/**
 * What a payload could have left in the page's main content: script-capable elements, event
 * handler attributes, dangerous URLs. Then every element gets the events handlers would listen to,
 * so that a handler that slipped through would run now.
 */
async function inspectAndProvoke(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) throw new Error('no main landmark');
    const elements = Array.from(main.querySelectorAll('*'));
    const dangerousTags = elements
      .filter((el) => ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'IMG', 'SVG', 'MATH', 'STYLE', 'BASE', 'META', 'FORM', 'TEMPLATE'].includes(el.tagName.toUpperCase()))
      .filter((el) => el.closest('.markdown'))
      .map((el) => el.tagName);
    const handlers = elements.flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`));
    const urls = elements.flatMap((el) =>
      ['href', 'src', 'action', 'formaction', 'xlink:href', 'data']
        .map((name) => el.getAttribute(name))
        .filter((value): value is string => value !== null && /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))),
    );
    for (const el of elements) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'toggle', 'error', 'load', 'start']) {
        el.dispatchEvent(new Event(type));
      }
    }
    return { dangerousTags, handlers, urls };
  });
}

async function expectNoScriptRan(page: Page, watch: { dialogs: string[] }, where: string) {
  const found = await inspectAndProvoke(page);
  // Give a deferred handler (a refresh, an onload) its chance to run before looking.
  await page.waitForTimeout(50);
  const ran = await page.evaluate(() => (window as unknown as { __xssRan: number[] }).__xssRan);
  expect({ where, ran, dialogs: watch.dialogs, ...found }).toEqual({ where, ran: [], dialogs: [], dangerousTags: [], handlers: [], urls: [] });
}

describe('Markdown written by members never runs a script (Chromium)', () => {
  const pages = usePortal();
  const signedIn = signedInPages(pages);

  it(`holds ${XSS_PAYLOADS.length} known payloads as posts, comments and feedback context`, async () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
    const author = await signedIn(LUCIA);
    const reader = await signedIn(EMMA);
    const watch = await watchForScripts(reader);

    const stored: { payload: XssPayload; postId: string; requestId: string }[] = [];
    for (const payload of XSS_PAYLOADS) {
      const title = `Payload ${payload.n}`;
      const { id: postId } = await post<{ id: string }>(author, '/api/posts', {
        kind: 'article',
        title: `${title} <img src=x onerror=xss(${payload.n})>`,
        body: `${title}\n\n${payload.text}`,
        tags: [`xss${payload.n}`],
      });
      await post(author, `/api/posts/${postId}/comments`, { body: payload.text });
      const { id: requestId } = await post<{ id: string }>(author, '/api/feedback-requests', {
        title,
        context: payload.text,
        questions: [`Does ${title} look right?`],
        format: 'async',
        minutes: 5,
        deadline: inAWeek(),
        cap: 3,
      });
      stored.push({ payload, postId, requestId });
    }

    for (const { payload, postId, requestId } of stored) {
      await reader.goto(`/knowledge/${postId}`);
      await reader.getByRole('heading', { level: 1, name: new RegExp(`^Payload ${payload.n} `) }).waitFor();
      // The comment (the payload again) is on the page too.
      await reader.getByRole('article', { name: 'Comment by Lucía García' }).waitFor();
      await expectNoScriptRan(reader, watch, `post and comment ${payload.n}: ${payload.text}`);

      await reader.goto(`/feedback/${requestId}`);
      await reader.getByRole('heading', { level: 1, name: `Payload ${payload.n}` }).waitFor();
      await expectNoScriptRan(reader, watch, `feedback request ${payload.n}: ${payload.text}`);
    }

    // The lists show the excerpts of them all at once.
    await reader.goto('/knowledge');
    await reader.getByRole('heading', { name: new RegExp(`^Payload ${XSS_PAYLOADS.length} `) }).waitFor();
    await expectNoScriptRan(reader, watch, 'the knowledge feed');
  });
});
