import type { CircleDetail, Event } from '@tertulia/domain';
import type { Page } from 'playwright-core';
import { accessibilityViolations } from './support/accessibility';
import { MANAGER, signedInPages, usePortal } from './support/session';

const JORDI = 'jordi.puig@tertulia.example';
const EMMA = 'emma.wilson@tertulia.example';


/** Calls the API with the page's session; changes carry the portal's own Origin, as the portal's requests do. */
async function call<T>(page: Page, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.fetch(path, { method, data, headers: method === 'GET' ? {} : { Origin: origin } });
  if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${await response.text()}`);
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

describe('circles in Chromium', () => {
  const pages = usePortal();

  const signedIn = signedInPages(pages);

  it('a circle by approval: asking (Español), approving (Català), the last admin kept, a new admin named (English)', async () => {
    const name = 'Fotografia analògica';

    // Jordi, in Catalan, starts a circle that people join by approval, previewing its description.
    const jordi = await signedIn(JORDI, 'ca-ES');
    await jordi.getByRole('navigation').getByRole('link', { name: 'Cercles' }).click();
    await jordi.getByRole('heading', { name: 'Cercles', level: 1 }).waitFor();
    await jordi.getByRole('button', { name: 'Nou cercle' }).click();
    const form = jordi.getByRole('region', { name: 'Nou cercle' });
    // The name is required.
    await form.getByRole('button', { name: 'Crea el cercle' }).click();
    await form.getByText('Aquest camp és obligatori.').waitFor();
    await form.getByLabel('Nom', { exact: true }).fill(name);
    await form.getByLabel('Tipus').selectOption({ label: 'Interès' });
    await form.getByLabel('Descripció', { exact: true }).fill('Revelem **carrets** junts cada mes.\n\n- Blanc i negre\n- Color');
    await form.getByRole('button', { name: 'Previsualitza' }).click();
    const preview = form.getByRole('region', { name: 'Previsualització de «Descripció»' });
    expect(await preview.locator('strong').textContent()).toBe('carrets');
    await form.getByRole('button', { name: 'Previsualitza' }).click();
    await form.getByRole('radio', { name: 'Qui aprovin els seus administradors' }).check();
    expect(await accessibilityViolations(jordi)).toEqual([]);
    await form.getByRole('button', { name: 'Crea el cercle' }).click();

    await jordi.getByRole('heading', { name, level: 1 }).waitFor();
    await jordi.getByRole('status').getByText(`S'ha creat «${name}», i l'administres tu.`).waitFor();
    await jordi.getByText('Administres el cercle').waitFor();
    await jordi.getByText('Amb aprovació').waitFor();
    expect(await jordi.getByRole('region', { name: 'Presentació' }).locator('strong').textContent()).toBe('carrets');
    const circleUrl = jordi.url();
    const circleId = circleUrl.split('/circles/')[1]!;

    // Emma, in Spanish, finds it in the list and asks to join: her request is pending.
    const emma = await signedIn(EMMA, 'es-ES');
    await emma.getByRole('navigation').getByRole('link', { name: 'Círculos' }).click();
    const card = emma.getByRole('list', { name: 'Círculos' }).getByRole('article', { name });
    await card.getByText('Interés').waitFor();
    await card.getByText('Revelem carrets junts cada mes. Blanc i negre Color').waitFor();
    await card.getByText('1 miembro').waitFor();
    await card.getByRole('button', { name: `Pedir unirse a ${name}` }).click();
    await card.getByText('Solicitud pendiente').waitFor();
    await card.getByRole('button', { name: `Retirar la solicitud para unirse a ${name}` }).waitFor();
    await emma.getByRole('status').getByText(`Has pedido unirte a «${name}»: sus administradores te responderán.`).waitFor();
    expect(await accessibilityViolations(emma)).toEqual([]);

    // On the circle's page she is not among its members yet, and its events are for members.
    await card.getByRole('link', { name }).click();
    await emma.getByRole('heading', { name, level: 1 }).waitFor();
    await emma.getByText('Solicitud pendiente').waitFor();
    await emma.getByText('Sus actividades son para sus miembros: únete al círculo para verlas.').waitFor();
    const emmaMembers = emma.getByRole('list', { name: 'Miembros' });
    await emmaMembers.getByRole('link', { name: 'Jordi Puig' }).waitFor();
    expect(await emmaMembers.getByRole('link', { name: 'Emma Wilson' }).count()).toBe(0);
    expect(await emma.getByRole('region', { name: 'Solicitudes para unirse' }).count()).toBe(0);

    // Jordi sees the request and approves it.
    await jordi.reload();
    const requests = jordi.getByRole('region', { name: 'Sol·licituds per entrar' });
    await requests.getByRole('link', { name: 'Emma Wilson' }).waitFor();
    await requests.getByRole('button', { name: 'Aprova Emma Wilson' }).click();
    await jordi.getByRole('status').getByText('Emma Wilson ja és al cercle.').waitFor();
    await requests.getByText('Ningú no espera resposta.').waitFor();
    expect(await accessibilityViolations(jordi)).toEqual([]);

    // Emma now is a member and sees the members' list with herself in it, Jordi marked as admin.
    await emma.reload();
    await emma.getByText('Eres miembro').waitFor();
    await emmaMembers.getByRole('link', { name: 'Emma Wilson' }).waitFor();
    const jordiItem = emmaMembers.getByRole('listitem').filter({ has: emma.getByRole('link', { name: 'Jordi Puig' }) });
    await jordiItem.getByText('Administrador/a').waitFor();
    await emma.getByText('No hay ninguna actividad prevista.').waitFor();

    // An event of the circle (created by its admin) shows on its page, at Barcelona's time, in Spanish.
    const event = await call<Event>(jordi, 'POST', '/api/events', {
      title: 'Revelat en blanc i negre',
      startsAt: '2030-12-05T12:30:00Z',
      endsAt: '2030-12-05T14:00:00Z',
      place: 'Sala fosca',
      format: 'workshop',
      circleId,
    });
    await emma.reload();
    const events = emma.getByRole('region', { name: 'Próximas actividades' });
    const link = events.getByRole('link', { name: 'Revelat en blanc i negre' });
    expect(await link.getAttribute('href')).toBe(`/events/${event.id}`);
    await events.getByText(/jueves, 5 de diciembre de 2030.*13:30–15:00/).waitFor();
    await events.getByText('Sala fosca').waitFor();
    await emma.getByText('2 miembros').waitFor();

    // Jordi, the only admin, cannot leave while Emma is there: the refusal is in Catalan.
    await jordi.getByRole('button', { name: `Surt de ${name}` }).click();
    await jordi
      .getByRole('alert')
      .getByText("El cercle necessita algú que l'administri: nomena una altra persona abans de marxar.")
      .waitFor();
    expect((await call<CircleDetail>(jordi, 'GET', `/api/circles/${circleId}`)).myMembership).toEqual({ role: 'admin', status: 'active' });

    // The manager, in English, names Emma an admin after a confirmation.
    const manager = await signedIn(MANAGER.email);
    await manager.goto(`/circles/${circleId}`);
    await manager.getByRole('heading', { name, level: 1 }).waitFor();
    await manager.getByRole('region', { name: 'Requests to join' }).getByText('Nobody is waiting for an answer.').waitFor();
    await manager.getByRole('button', { name: 'Make admin: Emma Wilson' }).click();
    const dialog = manager.getByRole('dialog', { name: 'Make Emma Wilson an admin?' });
    await dialog.getByRole('button', { name: 'Make admin' }).click();
    await manager.getByRole('status').getByText('Emma Wilson is now an admin.').waitFor();
    await manager.getByRole('button', { name: 'Remove as admin: Emma Wilson' }).waitFor();
    expect(await accessibilityViolations(manager)).toEqual([]);

    // Now Jordi may leave.
    await jordi.reload();
    await jordi.getByRole('button', { name: `Surt de ${name}` }).click();
    await jordi.getByRole('status').getByText(`Has sortit de «${name}».`).waitFor();
    await jordi.getByRole('button', { name: `Demana unir-te a ${name}` }).waitFor();
    const after = await call<CircleDetail>(manager, 'GET', `/api/circles/${circleId}`);
    expect(after.members.map((member) => [member.displayName, member.role, member.status])).toEqual([['Emma Wilson', 'admin', 'active']]);
  });

  it('an open circle (English): joining at once and leaving; an unknown circle is a friendly page', async () => {
    const manager = await signedIn(MANAGER.email);
    await manager.goto('/circles');
    await manager.getByRole('button', { name: 'New circle' }).click();
    const form = manager.getByRole('region', { name: 'New circle' });
    await form.getByLabel('Name').fill('Càntir Studio');
    await form.getByLabel('Kind').selectOption({ label: 'Company' });
    await form.getByRole('button', { name: 'Create the circle' }).click();
    await manager.getByRole('heading', { name: 'Càntir Studio', level: 1 }).waitFor();
    await manager.getByText('Open to everyone').waitFor();

    const emma = await signedIn(EMMA);
    await emma.goto('/circles');
    const card = emma.getByRole('article', { name: 'Càntir Studio' });
    await card.getByText('Company').waitFor();
    await card.getByRole('button', { name: 'Join Càntir Studio' }).click();
    await card.getByText("You're a member").waitFor();
    await card.getByText('2 members').waitFor();
    await card.getByRole('button', { name: 'Leave Càntir Studio' }).click();
    await emma.getByRole('status').getByText("You've left “Càntir Studio”.").waitFor();
    await card.getByRole('button', { name: 'Join Càntir Studio' }).waitFor();

    await emma.goto('/circles/00000000-0000-4000-8000-000000000000');
    await emma.getByRole('heading', { name: "We couldn't find this circle", level: 1 }).waitFor();
  });
});
