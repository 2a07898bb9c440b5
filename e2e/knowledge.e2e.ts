import type { Post } from '@tertulia/domain';
import type { Page } from 'playwright-core';
import { accessibilityViolations } from './support/accessibility';
import { MANAGER, signedInPages, usePortal } from './support/session';

const JORDI = { email: 'jordi.puig@tertulia.example', name: 'Jordi Puig' };
const LUCIA = { email: 'lucia.garcia@tertulia.example', name: 'Lucía García' };
const EMMA = { email: 'emma.wilson@tertulia.example' };

/** Calls the API with the page's session; changes carry the portal's own Origin, as the portal's requests do. */
async function call<T>(page: Page, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, data?: unknown): Promise<T> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.fetch(path, { method, data, headers: method === 'GET' ? {} : { Origin: origin } });
  if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

/** 18:30 — an instant on the coworking's clock. */
const madridClock = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Madrid', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

/** A day two weeks from now on the coworking's calendar, `YYYY-MM-DD`. */
const dayInTwoWeeks = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + 14 * 86_400_000),
  );

const postIdOf = (page: Page) => new URL(page.url()).pathname.split('/').pop()!;

describe('knowledge posts in Chromium', () => {
  const pages = usePortal();
  const signedIn = signedInPages(pages);

  it('a tip written in Català is found by an unaccented search in Español, commented, marked useful, and answered', async () => {
    const title = 'Factures endreçades, trimestres tranquils';

    // Jordi writes a tip, in Catalan.
    const jordi = await signedIn(JORDI.email, 'ca-ES');
    await jordi.getByRole('navigation').getByRole('link', { name: 'Coneixement' }).click();
    await jordi.getByRole('heading', { name: 'Coneixement', level: 1 }).waitFor();
    await jordi.getByRole('heading', { name: 'Les darreres publicacions', level: 2 }).waitFor();
    expect(await accessibilityViolations(jordi)).toEqual([]);
    await jordi.getByRole('link', { name: 'Escriu una publicació' }).click();
    await jordi.getByRole('heading', { name: 'Escriu una publicació', level: 1 }).waitFor();

    // Nothing filled in: the form says what is missing before sending anything.
    await jordi.getByRole('button', { name: 'Publica', exact: true }).click();
    await jordi.getByText('Aquest camp és obligatori.').first().waitFor();

    await jordi.getByLabel('Consell', { exact: true }).check();
    await jordi.getByLabel('Títol', { exact: true }).fill(title);
    const body = 'Numera les **factures** de manera correlativa i desa-les cada divendres: la gestoria t’ho agrairà al tancament del trimestre.';
    await jordi.getByLabel('Text', { exact: true }).fill(body);
    // The tip counts down its 500 characters, live.
    await jordi.getByText(`Queden ${500 - body.length} caràcters de 500.`).waitFor();
    const tags = jordi.getByLabel('Etiquetes', { exact: true });
    await tags.fill('Autònoms');
    await tags.press('Enter');
    await jordi.getByRole('list', { name: 'Etiquetes triades' }).getByText('Autònoms').waitFor();
    await tags.fill('Gestió');
    await jordi.getByRole('button', { name: 'Afegeix', exact: true }).click();
    await jordi.getByRole('button', { name: "Treu l'etiqueta «Gestió»" }).waitFor();
    expect(await accessibilityViolations(jordi)).toEqual([]);
    await jordi.getByRole('button', { name: 'Publica', exact: true }).click();

    await jordi.waitForURL(/\/knowledge\/[0-9a-f-]{36}$/);
    const postId = postIdOf(jordi);
    await jordi.getByRole('heading', { name: title, level: 1 }).waitFor();
    expect(await jordi.locator('.post__body strong').textContent()).toBe('factures');
    await jordi.getByRole('list', { name: 'Etiquetes' }).getByRole('link', { name: 'Gestió' }).waitFor();
    // One's own post cannot be marked useful: the count only.
    await jordi.getByText("Encara ningú no l'ha marcada com a útil.").waitFor();
    expect(await jordi.getByRole('button', { name: 'Útil' }).count()).toBe(0);
    expect(await accessibilityViolations(jordi)).toEqual([]);
    const created = await call<Post>(jordi, 'GET', `/api/posts/${postId}`);
    expect(created).toMatchObject({ kind: 'tip', status: 'published', tags: ['Autònoms', 'Gestió'], editedAt: null });

    // Lucía, in Spanish, finds it by searching without the accent.
    const lucia = await signedIn(LUCIA.email, 'es-ES');
    await lucia.getByRole('navigation').getByRole('link', { name: 'Conocimiento' }).click();
    await lucia.getByRole('heading', { name: 'Conocimiento', level: 1 }).waitFor();
    await lucia.getByRole('searchbox', { name: 'Buscar' }).fill('factures endrecades');
    await lucia.waitForURL(/\/knowledge\?q=factures\+endrecades$/);
    const results = lucia.getByRole('list', { name: 'Los mejores resultados' });
    await results.getByRole('link', { name: title }).waitFor();
    // Only this post has both words (the feed shown before the search has more).
    await lucia.waitForFunction(() => document.querySelectorAll('.post-list > li').length === 1);
    const card = results.getByRole('article', { name: title });
    await card.getByText('Consejo', { exact: true }).waitFor();
    await card.getByRole('link', { name: JORDI.name }).waitFor();
    await card.getByText('0 comentarios').waitFor();
    expect(await accessibilityViolations(lucia)).toEqual([]);
    await results.getByRole('link', { name: title }).click();
    await lucia.getByRole('heading', { name: title, level: 1 }).waitFor();

    // She comments, and marks it useful: the count shows 1.
    await lucia.getByText('Todavía no hay comentarios. ¡Empieza la conversación!').waitFor();
    await lucia.getByLabel('Tu comentario').fill('¡Muy útil! Yo además guardo una copia en la nube.');
    await lucia.getByRole('button', { name: 'Publicar el comentario' }).click();
    await lucia.getByText('Se ha publicado tu comentario.').waitFor();
    await lucia.getByRole('heading', { name: 'Comentarios (1)', level: 2 }).waitFor();
    await lucia.getByRole('article', { name: `Comentario de ${LUCIA.name}` }).getByText('Yo además guardo una copia en la nube.', { exact: false }).waitFor();
    const useful = lucia.getByRole('button', { name: 'Útil' });
    expect(await useful.getAttribute('aria-pressed')).toBe('false');
    await useful.click();
    await lucia.getByText('Útil para 1 persona').waitFor();
    expect(await useful.getAttribute('aria-pressed')).toBe('true');
    expect(await call<Post>(lucia, 'GET', `/api/posts/${postId}`)).toMatchObject({ usefulCount: 1, markedUseful: true, commentCount: 1 });
    expect(await accessibilityViolations(lucia)).toEqual([]);

    // Jordi sees her comment and the count, and replies to her.
    await jordi.reload();
    await jordi.getByText('Útil per a 1 persona').waitFor();
    const comment = jordi.getByRole('article', { name: `Comentari de ${LUCIA.name}` });
    await comment.getByText('Yo además guardo una copia en la nube.', { exact: false }).waitFor();
    await comment.getByRole('button', { name: `Respon a ${LUCIA.name}` }).click();
    await jordi.getByLabel(`La teva resposta a ${LUCIA.name}`).fill('Gràcies, Lucía! Bona idea, la nube també és la meva gestoria.');
    await jordi.getByRole('button', { name: 'Publica la resposta' }).click();
    await jordi.getByText("S'ha publicat la teva resposta.").waitFor();
    const replies = jordi.getByRole('list', { name: `Respostes a ${LUCIA.name}` });
    await replies.getByRole('article', { name: `Resposta de ${JORDI.name}` }).waitFor();
    await jordi.getByRole('heading', { name: 'Comentaris (2)', level: 2 }).waitFor();
    // A reply cannot be answered (one level only).
    expect(await replies.getByRole('button', { name: /^Respon/ }).count()).toBe(0);
    // Its author edits it: marked edited.
    const reply = replies.getByRole('article', { name: `Resposta de ${JORDI.name}` });
    await reply.getByRole('button', { name: 'Edita el teu comentari' }).click();
    await reply.getByLabel('Edita el teu comentari').fill('Gràcies, Lucía! Bona idea: el núvol també és la meva gestoria.');
    await reply.getByRole('button', { name: 'Desa', exact: true }).click();
    await jordi.getByText("S'ha desat el teu comentari.").waitFor();
    await reply.getByText('el núvol també és la meva gestoria', { exact: false }).waitFor();
    await reply.getByText('editada', { exact: false }).waitFor();
    // The focus is back on the button that opened the editor.
    expect(await jordi.evaluate(() => document.activeElement?.textContent)).toBe('Edita el teu comentari');
    expect(await accessibilityViolations(jordi)).toEqual([]);

    // Lucía sees the reply.
    await lucia.reload();
    await lucia
      .getByRole('list', { name: `Respuestas a ${LUCIA.name}` })
      .getByRole('article', { name: `Respuesta de ${JORDI.name}` })
      .getByText('el núvol també és la meva gestoria', { exact: false })
      .waitFor();

    // Jordi retitles it: marked edited, in the feed too, with its counts.
    await jordi.getByRole('link', { name: 'Edita', exact: true }).click();
    await jordi.getByRole('heading', { name: `Edita «${title}»`, level: 1 }).waitFor();
    expect(await jordi.getByLabel('Consell', { exact: true }).isChecked()).toBe(true);
    await jordi.getByLabel('Títol', { exact: true }).fill(`${title}!`);
    await jordi.getByRole('button', { name: 'Desa els canvis' }).click();
    await jordi.getByRole('heading', { name: `${title}!`, level: 1 }).waitFor();
    await jordi.getByText(/^Editada el /).waitFor();
    await jordi.goto('/knowledge?kind=tip');
    const feedCard = jordi.getByRole('list', { name: 'Les darreres publicacions' }).getByRole('article', { name: `${title}!` });
    await feedCard.getByText('editada').waitFor();
    await feedCard.getByText('A 1 persona li ha estat útil').waitFor();
    await feedCard.getByText('2 comentaris').waitFor();
    // A tag's link narrows the feed to it.
    await feedCard.getByRole('link', { name: 'Gestió' }).click();
    await jordi.waitForURL(/\/knowledge\?tag=Gesti%C3%B3$/);
    expect(await jordi.getByLabel('Etiqueta', { exact: true }).inputValue()).toBe('Gestió');
    await jordi.getByRole('list', { name: 'Les darreres publicacions' }).getByRole('link', { name: `${title}!` }).waitFor();

    // His profile lists it, with how often he gave feedback.
    await lucia.goto(`/members/${created.author.id}`);
    await lucia.getByRole('heading', { name: JORDI.name, level: 1 }).waitFor();
    await lucia.getByText(/^(Todavía no ha dado su opinión a nadie|Ha dado su opinión .*)$/).waitFor();
    await lucia.getByRole('region', { name: 'Publicaciones' }).getByRole('link', { name: `${title}!` }).waitFor();
    expect(await accessibilityViolations(lucia)).toEqual([]);

    // The manager hides Lucía's comment with a reason: she reads it, the others a placeholder; the reply stays.
    const manager = await signedIn(MANAGER.email);
    await manager.goto(`/knowledge/${postId}`);
    await manager.getByRole('heading', { name: `${title}!`, level: 1 }).waitFor();
    await manager.getByRole('article', { name: `Comment by ${LUCIA.name}` }).getByRole('button', { name: 'Hide', exact: true }).click();
    const dialog = manager.getByRole('dialog', { name: `Hide the comment by ${LUCIA.name}?` });
    await dialog.getByRole('button', { name: 'Hide', exact: true }).click();
    await dialog.getByText('This field is required.').waitFor();
    await dialog.getByLabel('Reason').fill('Please keep it in one language for this test');
    await dialog.getByRole('button', { name: 'Hide', exact: true }).click();
    await manager.getByText('The comment is hidden.').waitFor();
    await manager.getByText('Hidden from the community. Reason: Please keep it in one language for this test').waitFor();
    expect(await accessibilityViolations(manager)).toEqual([]);

    await jordi.goto(`/knowledge/${postId}`);
    const hidden = jordi.getByRole('article', { name: `Comentari de ${LUCIA.name}` });
    await hidden.getByText('El coworking ha amagat aquest comentari.').waitFor();
    expect(await hidden.getByText('copia en la nube', { exact: false }).count()).toBe(0);
    await jordi.getByRole('list', { name: `Respostes a ${LUCIA.name}` }).getByRole('article', { name: `Resposta de ${JORDI.name}` }).waitFor();
    await lucia.goto(`/knowledge/${postId}`);
    await lucia.getByText('El coworking ha ocultado tu comentario', { exact: false }).waitFor();
    await lucia.getByText('Motivo: Please keep it in one language for this test', { exact: false }).waitFor();
  });

  it('a talk saved as a draft (in English) stays private until its author publishes it', async () => {
    const title = 'Lunch talk: plain English for your website';
    const emma = await signedIn(EMMA.email);
    await emma.goto('/knowledge/new');
    await emma.getByRole('heading', { name: 'Write a post', level: 1 }).waitFor();
    await emma.getByLabel('Talk', { exact: true }).check();
    await emma.getByLabel('Title', { exact: true }).fill(title);
    await emma.getByLabel('Text', { exact: true }).fill('Twenty minutes on *short sentences*, with examples from your own pages.');
    const talk = emma.getByRole('group', { name: 'When and where is the talk?' });
    // The talk needs its day, time and place.
    await emma.getByRole('button', { name: 'Save draft' }).click();
    await talk.getByText('Give the day and the time of the talk.').waitFor();
    const day = dayInTwoWeeks();
    await talk.getByLabel('Day', { exact: true }).fill(day);
    await talk.getByLabel('Time', { exact: true }).fill('18:30');
    await talk.getByLabel('Place', { exact: true }).fill('Meeting room, first floor');
    expect(await accessibilityViolations(emma)).toEqual([]);
    await emma.getByRole('button', { name: 'Save draft' }).click();

    await emma.waitForURL(/\/knowledge\/[0-9a-f-]{36}$/);
    const postId = postIdOf(emma);
    await emma.getByRole('heading', { name: title, level: 1 }).waitFor();
    await emma.getByText("This is a draft: only you can see it. Publish it when it's ready.").waitFor();
    await emma.getByText('Meeting room, first floor', { exact: false }).waitFor();
    const saved = await call<Post>(emma, 'GET', `/api/posts/${postId}`);
    expect(saved).toMatchObject({ status: 'draft', publishedAt: null, talk: { place: 'Meeting room, first floor', event: null, breakfast: null } });
    expect(madridClock(saved.talk!.startsAt!)).toBe('18:30');
    expect(await accessibilityViolations(emma)).toEqual([]);

    // Among her drafts; nobody else sees it.
    await emma.getByRole('link', { name: '← All posts' }).click();
    await emma.getByRole('link', { name: 'My drafts' }).click();
    await emma.waitForURL(/\/knowledge\?view=drafts$/);
    await emma.getByRole('list', { name: 'Your drafts' }).getByRole('link', { name: title }).waitFor();
    expect(await accessibilityViolations(emma)).toEqual([]);
    const lucia = await signedIn(LUCIA.email, 'es-ES');
    expect((await lucia.request.get(`/api/posts/${postId}`)).status()).toBe(404);
    await lucia.goto(`/knowledge/${postId}`);
    await lucia.getByRole('heading', { name: 'No hemos encontrado esta publicación', level: 1 }).waitFor();

    // Published, it reaches the feed; Lucía can read it.
    await emma.getByRole('list', { name: 'Your drafts' }).getByRole('link', { name: title }).click();
    await emma.getByRole('button', { name: 'Publish', exact: true }).click();
    await emma.getByText('Published: everyone can read it now.').waitFor();
    await emma.goto('/knowledge?kind=talk');
    await emma.getByRole('list', { name: 'Latest posts' }).getByRole('link', { name: title }).waitFor();
    await lucia.goto(`/knowledge/${postId}`);
    await lucia.getByRole('heading', { name: title, level: 1 }).waitFor();
    await lucia.getByText('Charla', { exact: true }).waitFor();

    // Her own comment, posted and then deleted after a confirmation.
    await emma.goto(`/knowledge/${postId}`);
    await emma.getByLabel('Your comment').fill('Bring your *own* homepage if you like.');
    await emma.getByRole('button', { name: 'Post comment' }).click();
    const own = emma.getByRole('article', { name: 'Comment by Emma Wilson' });
    await own.getByText('homepage if you like', { exact: false }).waitFor();
    await own.getByRole('button', { name: 'Delete your comment' }).click();
    await emma.getByRole('dialog', { name: 'Delete your comment?' }).getByRole('button', { name: 'Delete', exact: true }).click();
    await emma.getByText('Your comment is deleted.').waitFor();
    await emma.getByRole('heading', { name: 'Comments (0)', level: 2 }).waitFor();
    expect(await own.count()).toBe(0);

    // Deleted (after a confirmation), it is gone.
    await emma.getByRole('button', { name: 'Delete', exact: true }).click();
    await emma.getByRole('dialog', { name: `Delete «${title}»?` }).getByRole('button', { name: 'Delete the post' }).click();
    await emma.waitForURL(/\/knowledge$/);
    expect((await emma.request.get(`/api/posts/${postId}`)).status()).toBe(404);
  });
});
