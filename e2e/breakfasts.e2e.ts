import type { BreakfastSession, Page as ApiPage, MemberSummary } from '@tertulia/domain';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, MANAGER, signIn, usePortal } from './support/session';

const CATALAN = { email: 'Correu electrònic', password: 'Contrasenya', submit: 'Entra', signOut: 'Tanca la sessió' };
const SPANISH = { email: 'Correo electrónico', password: 'Contraseña', submit: 'Entrar', signOut: 'Cerrar sesión' };

/** What the API says now, read with the page's own session. */
async function upcoming(page: Page): Promise<BreakfastSession[]> {
  return ((await (await page.request.get('/api/breakfasts')).json()) as { items: BreakfastSession[] }).items;
}

describe('the weekly breakfast in Chromium', () => {
  const pages = usePortal();

  it('the manager sets Thursday breakfasts with a closure and fills 8 weeks; presenters swap; the headcount follows the answers', async () => {
    // The manager, in English.
    const manager = await pages().open();
    await signIn(manager, MANAGER.email, MANAGER.password);
    await manager.getByRole('navigation').getByRole('link', { name: 'Breakfasts' }).click();
    const settings = manager.getByRole('region', { name: 'Breakfast settings' });
    await settings.getByLabel('Weekday').selectOption({ label: 'Thursday' });
    await settings.getByLabel('Start time').fill('09:00');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('The breakfast settings have been saved.').waitFor();

    const before = await upcoming(manager);
    const lastPlanned = before[before.length - 1]!.date;
    const closed = new Date(`${lastPlanned}T12:00:00Z`);
    closed.setUTCDate(closed.getUTCDate() + 14);
    const closedDate = closed.toISOString().slice(0, 10);
    const closures = manager.getByRole('region', { name: 'Closures' });
    await closures.getByLabel('From').fill(closedDate);
    await closures.getByLabel('To').fill(closedDate);
    await closures.getByLabel('Reason').fill('Festa major');
    await closures.getByRole('button', { name: 'Add closure' }).click();
    await closures.getByText(/Closure added/).waitFor();

    const rota = manager.getByRole('region', { name: 'Fill the rota' });
    await rota.getByLabel('Weeks').fill('8');
    await rota.getByRole('button', { name: 'Fill the next weeks' }).click();
    await rota.getByText(/presenters? assigned/).waitFor();
    const planned = await upcoming(manager);
    expect(planned.map((session) => session.date)).not.toContain(closedDate);
    expect(planned).toHaveLength(7);
    expect(planned.every((session) => new Date(`${session.date}T12:00:00Z`).getUTCDay() === 4 && session.presenter)).toBe(true);
    expect(planned.slice(0, before.length).map((s) => s.presenter?.id)).toEqual(before.map((s) => s.presenter?.id));

    // The first two presenters, found by the manager in the member list.
    const members = ((await (await manager.request.get('/api/members?limit=100')).json()) as ApiPage<MemberSummary>).items;
    const [first, second] = planned;
    const emailOf = (id: string) => members.find((member) => member.id === id)!.email!;

    // The first presenter, in Català, sees their slot and proposes a swap with the second.
    const proposer = await pages().open({ locale: 'ca-ES' });
    await signIn(proposer, emailOf(first!.presenter!.id), DEMO_PASSWORD, CATALAN);
    await proposer.getByRole('navigation').getByRole('link', { name: 'Esmorzars' }).click();
    const mine = proposer.getByRole('region', { name: 'Propers esmorzars' }).getByRole('listitem').filter({ hasText: 'Presentes tu' }).first();
    const swapWith = mine.getByLabel('Intercanvia amb');
    await swapWith.selectOption((await swapWith.locator('option', { hasText: second!.presenter!.displayName }).getAttribute('value'))!);
    await mine.getByRole('button', { name: "Proposa l'intercanvi" }).click();
    await mine.getByText(new RegExp(`Intercanvi proposat a ${second!.presenter!.displayName}`)).waitFor();

    // The second presenter, in Español, accepts: both dates change at once.
    const recipient = await pages().open({ locale: 'es-ES' });
    await signIn(recipient, emailOf(second!.presenter!.id), DEMO_PASSWORD, SPANISH);
    await recipient.getByRole('navigation').getByRole('link', { name: 'Desayunos' }).click();
    const proposal = recipient.getByRole('listitem').filter({ hasText: `${first!.presenter!.displayName} te propone un intercambio` });
    await proposal.getByRole('button', { name: 'Aceptar intercambio' }).click();
    await recipient.getByText(/Ahora presentas el/).waitFor();
    const swapped = await upcoming(recipient);
    expect(swapped[0]!.presenter!.id).toBe(second!.presenter!.id);
    expect(swapped[1]!.presenter!.id).toBe(first!.presenter!.id);

    // Members answer; the headcount the manager sees for catering follows.
    const headcount = async () => (await upcoming(manager))[0]!.headcount;
    const initial = await headcount();
    const guest = await pages().open();
    await signIn(guest, 'emma.wilson@tertulia.example', DEMO_PASSWORD);
    await guest.getByRole('navigation').getByRole('link', { name: 'Breakfasts' }).click();
    const next = guest.getByRole('region', { name: 'Upcoming breakfasts' }).getByRole('listitem').first();
    await next.getByRole('checkbox', { name: "I'm coming" }).check();
    await next.getByText(`${initial + 1} coming`).waitFor();
    expect(await headcount()).toBe(initial + 1);
    await manager.reload();
    await manager.getByRole('region', { name: 'Upcoming breakfasts' }).getByRole('listitem').first().getByText(`${initial + 1} coming`).waitFor();

    // The manager cancels the last one, after a question.
    const last = manager.getByRole('region', { name: 'Upcoming breakfasts' }).getByRole('listitem').last();
    await last.getByRole('button', { name: 'Cancel breakfast' }).click();
    const dialog = manager.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Keep it' }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel breakfast' }).click();
    await last.getByText('Cancelled', { exact: true }).waitFor();
    expect((await upcoming(manager)).at(-1)!.status).toBe('cancelled');
  });
});
