import type { FeedbackRequest } from '@tertulia/domain';
import type { Page } from 'playwright-core';
import { accessibilityViolations } from './support/accessibility';
import { signedInPages, usePortal } from './support/session';

/** A asks (in Català); B has the skill asked for and is invited (Español); C only looks on (English). */
const JORDI = { email: 'jordi.puig@tertulia.example', name: 'Jordi Puig' };
const PAULA = { email: 'paula.navarro@tertulia.example', name: 'Paula Navarro' };
const EMMA = { email: 'emma.wilson@tertulia.example', name: 'Emma Wilson' };

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A request the page's own origin sends (the API refuses state changes from anywhere else). */
function postFromPage(page: Page, path: string, body: unknown): Promise<{ status: number; code?: string }> {
  return page.evaluate(
    async ({ path, body }) => {
      const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const json = (await response.json().catch(() => ({}))) as { error?: { code?: string } };
      return { status: response.status, code: json.error?.code };
    },
    { path, body },
  );
}

const focusedLabel = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');

describe('feedback requests in Chromium', () => {
  const pages = usePortal();
  const signedIn = signedInPages(pages);

  it('A asks for two answers on a landing page with a cap of 1; B answers; C is told it has its answers, then that it is closed; A marks it helpful', async () => {
    const title = `Pàgina d'aterratge de la fleca ${Date.now()}`;
    const questions = ["S'entén l'oferta en cinc segons?", 'Què et faria clicar «Reserva»?'];

    // A, in Catalan, asks from the inbox.
    const jordi = await signedIn(JORDI.email, 'ca-ES');
    await jordi.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Opinions' }).click();
    await jordi.getByRole('heading', { name: 'Opinions', level: 1 }).waitFor();
    await jordi.getByRole('navigation', { name: "Peticions d'opinió" }).getByRole('link', { name: 'Et demanen a tu' }).waitFor();
    await jordi.getByRole('region', { name: 'La teva disponibilitat' }).waitFor();
    expect(await accessibilityViolations(jordi)).toEqual([]);
    await jordi.getByRole('link', { name: 'Demana una opinió' }).first().click();
    await jordi.getByRole('heading', { name: 'Demana una opinió', level: 1 }).waitFor();

    await jordi.getByLabel('Títol', { exact: true }).fill(title);
    await jordi.getByLabel('Context', { exact: true }).fill('La nova **pàgina d’inici** de la fleca: https://fleca.example');
    await jordi.getByLabel('Pregunta 1', { exact: true }).fill(questions[0]!);
    // A second question with the keyboard alone: the new field takes the focus.
    await jordi.getByRole('button', { name: 'Afegeix una pregunta' }).click();
    expect(await focusedLabel(jordi)).toBe('Pregunta 2');
    // Left empty, it is refused in Catalan before anything is sent, at the field itself.
    await jordi.getByRole('button', { name: "Demana l'opinió" }).click();
    await jordi.getByText('Aquest camp és obligatori.').waitFor();
    expect(await focusedLabel(jordi)).toBe('Pregunta 2');
    await jordi.keyboard.type(questions[1]!);
    expect(await jordi.getByText('2 de 5 preguntes').count()).toBe(1);
    await jordi.getByLabel('Respostes que necessites').fill('1');
    // The deadline: a week ahead by default, within today … 30 days.
    const deadline = jordi.getByLabel('Respostes fins al', { exact: true });
    expect(await deadline.getAttribute('min')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await jordi.getByLabel('Coneixements que busques', { exact: true }).fill('Copywriting');
    // The suggestions follow the expertise: Paula writes copy.
    const reviewers = jordi.getByRole('group', { name: 'Convida revisors (fins a 5)' });
    await reviewers.getByRole('checkbox', { name: PAULA.name }).check();
    await reviewers.getByText('1 de 5 triades').waitFor();
    expect(await accessibilityViolations(jordi)).toEqual([]);
    await jordi.getByRole('button', { name: "Demana l'opinió" }).click();

    await jordi.waitForURL(/\/feedback\/[0-9a-f-]{36}$/);
    const requestId = new URL(jordi.url()).pathname.split('/').pop()!;
    await jordi.getByRole('heading', { name: title, level: 1 }).waitFor();
    const facts = jordi.getByRole('list', { name: 'Què demana' });
    await facts.getByText('Uns 10 minuts').waitFor();
    await facts.getByText('2 preguntes').waitFor();
    await facts.getByText('0 de 1 respostes').waitFor();
    expect(await jordi.locator('.markdown strong').textContent()).toBe('pàgina d’inici');
    await jordi.getByRole('region', { name: 'Convidades (1 de 5)' }).getByRole('link', { name: PAULA.name }).waitFor();
    expect(await accessibilityViolations(jordi)).toEqual([]);
    const created = await getJson<FeedbackRequest>(jordi, `/api/feedback-requests/${requestId}`);
    expect(created).toMatchObject({ title, questions, cap: 1, format: 'async', minutes: 10, status: 'open', expertise: ['Copywriting'] });

    // On second thought it takes a quarter of an hour: A edits the request.
    await jordi.getByRole('button', { name: 'Edita la petició' }).click();
    const edit = jordi.getByRole('form', { name: 'Edita la petició' });
    expect(await edit.getByLabel('Pregunta 2', { exact: true }).inputValue()).toBe(questions[1]);
    await edit.getByLabel('Minuts que cal dedicar-hi').fill('15');
    await edit.getByRole('button', { name: 'Desa els canvis' }).click();
    await jordi.getByText("S'ha desat la petició.").waitFor();
    await facts.getByText('Uns 15 minuts').waitFor();

    // B, in Spanish, finds it among what is asked of her, and answers.
    const paula = await signedIn(PAULA.email, 'es-ES');
    await paula.goto('/feedback');
    await paula.getByRole('heading', { name: 'Te piden a ti', level: 2 }).waitFor();
    const card = paula.getByRole('article', { name: title });
    await card.getByText('Te ha invitado').waitFor();
    await card.getByText('Lo pide Jordi Puig').waitFor();
    await card.getByText('Unos 15 minutos').waitFor();
    expect(await accessibilityViolations(paula)).toEqual([]);
    await card.getByRole('link', { name: title }).click();
    await paula.getByRole('heading', { name: title, level: 1 }).waitFor();
    const answer = paula.getByRole('region', { name: 'Tu respuesta' });
    await answer.getByText('Unos 15 minutos para 2 preguntas', { exact: false }).waitFor();
    await answer.getByRole('button', { name: 'Enviar mi respuesta' }).click();
    expect(await answer.getByText('Escribe una respuesta a esta pregunta.').count()).toBe(2);
    await answer.getByLabel(`1. ${questions[0]}`).fill('Sí: pan de masa madre, reparto en el barrio.');
    await answer.getByLabel(`2. ${questions[1]}`).fill('Un precio a la vista.');
    expect(await accessibilityViolations(paula)).toEqual([]);
    await answer.getByRole('button', { name: 'Enviar mi respuesta' }).click();
    await paula.getByText('Se ha enviado tu respuesta. ¡Muchas gracias!').waitFor();
    await answer.getByText('Un precio a la vista.').waitFor();
    // Her answer can be edited until the request closes.
    await answer.getByRole('button', { name: 'Editar mi respuesta' }).click();
    await answer.getByLabel(`2. ${questions[1]}`).fill('Un precio a la vista y fotos del obrador.');
    await answer.getByRole('button', { name: 'Guardar mi respuesta' }).click();
    await paula.getByText('Se ha guardado tu respuesta.').waitFor();
    await answer.getByText('Un precio a la vista y fotos del obrador.').waitFor();
    await answer.getByText('editada', { exact: false }).waitFor();

    // C, in English, opens it: it already has the one answer it needed (and the API says 409 too).
    const emma = await signedIn(EMMA.email);
    await emma.goto('/feedback?tab=all');
    await emma.getByRole('heading', { name: 'All requests', level: 2 }).waitFor();
    const seen = emma.getByRole('article', { name: title });
    await seen.getByText('Has its answers').waitFor();
    await seen.getByText('1 of 1 answers').waitFor();
    await seen.getByRole('link', { name: title }).click();
    await emma.getByRole('heading', { name: title, level: 1 }).waitFor();
    await emma.getByText('This request already has the answers it needed. Thank you for offering!').waitFor();
    expect(await emma.getByRole('button', { name: 'Send my answer' }).count()).toBe(0);
    expect(await accessibilityViolations(emma)).toEqual([]);
    expect(await postFromPage(emma, `/api/feedback-requests/${requestId}/responses`, { answers: ['Yes', 'No'] })).toEqual({
      status: 409,
      code: 'FEEDBACK_FULL',
    });

    // A reads the answer, marks it helpful (it stays so after a reload) and thanks Paula.
    await jordi.reload();
    const responses = jordi.getByRole('region', { name: '1 resposta' });
    const fromPaula = responses.getByRole('article', { name: `De ${PAULA.name}` });
    await fromPaula.getByText('Un precio a la vista y fotos del obrador.').waitFor();
    const helpful = fromPaula.getByRole('button', { name: `Útil (resposta de ${PAULA.name})` });
    expect(await helpful.getAttribute('aria-pressed')).toBe('false');
    await helpful.click();
    await fromPaula.locator('button[aria-pressed="true"]').waitFor();
    await jordi.reload();
    await jordi.getByRole('button', { name: `Útil (resposta de ${PAULA.name})`, pressed: true }).waitFor();
    await jordi.getByRole('button', { name: `Dona les gràcies a ${PAULA.name}` }).click();
    await jordi.getByLabel(`Una nota d'agraïment per a ${PAULA.name}`).fill('Moltes gràcies, Paula! Hi poso el preu.');
    await jordi.getByRole('button', { name: "Envia l'agraïment" }).click();
    await jordi.getByText(`S'ha enviat el teu agraïment a ${PAULA.name}.`).waitFor();
    expect(await accessibilityViolations(jordi)).toEqual([]);
    const read = await getJson<FeedbackRequest>(jordi, `/api/feedback-requests/${requestId}`);
    expect(read.responses).toHaveLength(1);
    expect(read.responses[0]).toMatchObject({ helpful: true, thanks: { message: 'Moltes gràcies, Paula! Hi poso el preu.' } });

    // A closes it (after a confirmation); C is now told it is closed, and Paula can no longer edit.
    await jordi.getByRole('button', { name: 'Tanca la petició' }).click();
    const dialog = jordi.getByRole('dialog', { name: `Vols tancar «${title}»?` });
    await dialog.getByText('Té 1 resposta.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Tanca-la' }).click();
    await jordi.getByText("S'ha tancat la petició.").waitFor();
    await jordi.getByText('Tancada', { exact: true }).first().waitFor();

    await emma.reload();
    await emma.getByText('This request is closed: it takes no more answers.').waitFor();
    await paula.reload();
    await paula.getByText('Marcada como útil').waitFor();
    await paula.getByText('Moltes gràcies, Paula! Hi poso el preu.').waitFor();
    await paula.getByText('La petición está cerrada, así que tu respuesta ya no puede cambiar.').waitFor();
    expect(await paula.getByRole('button', { name: 'Editar mi respuesta' }).count()).toBe(0);

    // Paula's inbox says she answered; A's own list says it is closed.
    await paula.goto('/feedback?tab=all');
    await paula.getByRole('article', { name: title }).getByText('Ya has respondido').waitFor();
    await jordi.goto('/feedback?tab=mine');
    const mine = jordi.getByRole('article', { name: title });
    await mine.getByText('Ho demanes tu').waitFor();
    await mine.getByText('Tancada').waitFor();
  });

  it('keeps a member’s availability: off, and a weekly limit', async () => {
    const emma = await signedIn(EMMA.email);
    await emma.goto('/feedback');
    const availability = emma.getByRole('region', { name: 'Your availability' });
    await availability.getByText('in the last 7 days', { exact: false }).waitFor();
    const accept = availability.getByRole('checkbox', { name: 'I accept feedback requests' });
    expect(await accept.isChecked()).toBe(true);
    await accept.uncheck();
    await availability.getByLabel('Answers a week, at most').fill('11');
    await availability.getByRole('button', { name: 'Save my availability' }).click();
    await availability.getByText('Choose a number from 0 to 10.').waitFor();
    await availability.getByLabel('Answers a week, at most').fill('1');
    await availability.getByRole('button', { name: 'Save my availability' }).click();
    await availability.getByText('Your availability is saved.').waitFor();
    await emma.reload();
    const again = emma.getByRole('region', { name: 'Your availability' });
    await again.getByText('your limit: 1 a week', { exact: false }).waitFor();
    expect(await again.getByRole('checkbox', { name: 'I accept feedback requests' }).isChecked()).toBe(false);
    expect(await getJson(emma, '/api/members/me/feedback-settings')).toMatchObject({ open: false, weeklyQuota: 1 });
  });
});
