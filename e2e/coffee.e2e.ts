import type { Page } from 'playwright-core';
import { accessibilityViolations } from './support/accessibility';
import { MANAGER, signedInPages, usePortal } from './support/session';

const EMMA = { email: 'emma.wilson@tertulia.example', name: 'Emma Wilson' };
const LAIA = { email: 'laia.ferrer@tertulia.example', name: 'Laia Ferrer' };
const LUCIA = { email: 'lucia.garcia@tertulia.example', name: 'Lucía García' };

/** A day some days ahead on the coworking's calendar (Barcelona), `YYYY-MM-DD`. */
const dayAhead = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

async function memberId(page: Page, name: string): Promise<string> {
  return page.evaluate(async (q) => {
    const response = await fetch(`/api/members?q=${encodeURIComponent(q)}`);
    return ((await response.json()) as { items: { id: string }[] }).items[0]!.id;
  }, name);
}

describe('coffee in Chromium', () => {
  const pages = usePortal();
  const signedIn = signedInPages(pages);

  it('Emma invites Laia from her profile with two times; Laia, in Catalan, accepts the second; Emma sees it accepted and is told', async () => {
    const day = dayAhead(3);
    const emma = await signedIn(EMMA.email, 'en-GB');
    await emma.goto(`/members/${await memberId(emma, LAIA.name)}`);
    await emma.getByRole('heading', { name: LAIA.name, level: 1 }).waitFor();
    await emma.getByRole('link', { name: 'Invite for a coffee' }).click();

    await emma.getByRole('heading', { name: 'Coffee', level: 1 }).waitFor();
    const form = emma.getByRole('region', { name: 'Invite someone for a coffee' });
    await form.getByText(`Inviting ${LAIA.name}`).waitFor();
    await form.getByLabel('Time 1', { exact: true }).fill(`${day}T09:30`);
    // A second time with the keyboard: the new field takes the focus.
    await form.getByRole('button', { name: 'Add another time' }).focus();
    await emma.keyboard.press('Enter');
    expect(await emma.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).toBe('Time 2');
    await form.getByLabel('Time 2', { exact: true }).fill(`${day}T16:00`);
    await form.getByLabel('Message (optional)').fill('Would you tell me about contracts for a small studio?');
    await form.getByText('53 of 280 characters').waitFor();
    expect(await accessibilityViolations(emma)).toEqual([]);
    await form.getByRole('button', { name: 'Send the invitation' }).click();
    await form.getByText(`Invitation sent to ${LAIA.name}.`).waitFor();
    const sent = emma.getByRole('region', { name: 'Invitations you sent' });
    await sent.getByText(/Waiting for an answer/).waitFor();

    // Laia, in Catalan: the invitation with both times on the coworking's clock.
    const laia = await signedIn(LAIA.email, 'ca-ES');
    await laia.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Cafè' }).click();
    await laia.getByRole('heading', { name: 'Cafè', level: 1 }).waitFor();
    const received = laia.getByRole('region', { name: 'Invitacions per a tu' });
    await received.getByText('Would you tell me about contracts for a small studio?').waitFor();
    const times = received.getByRole('group', { name: 'Tria una hora' });
    expect(await times.getByRole('radio').count()).toBe(2);
    // Accepting without a time says so, in Catalan.
    await received.getByRole('button', { name: 'Accepta' }).click();
    await received.getByText('Tria una de les hores per acceptar.').waitFor();
    await times.getByRole('radio', { name: /16:00/ }).check();
    expect(await accessibilityViolations(laia)).toEqual([]);
    await received.getByRole('button', { name: 'Accepta' }).click();
    await received.getByText(/Acceptada: .*16:00/).waitFor();
    expect(await received.getByRole('radio').count()).toBe(0);

    // Emma sees the answer, and her bell has it.
    await emma.reload();
    await emma.getByRole('region', { name: 'Invitations you sent' }).getByText(/Accepted: .*16:00/).waitFor();
    await emma.goto('/notifications');
    await emma.getByText(new RegExp(`${LAIA.name} accepted your coffee: .*16:00`)).waitFor();
  });

  it('Lucía and Emma opt in; the manager starts the round; Lucía sees Emma as her match and marks «we met»', async () => {
    const lucia = await signedIn(LUCIA.email, 'es-ES');
    await lucia.goto('/coffee');
    await lucia.getByRole('heading', { name: 'Café', level: 1 }).waitFor();
    await lucia.getByRole('region', { name: 'Tu café de esta semana' }).getByText(/no tienes pareja/).waitFor();
    const settings = lucia.getByRole('region', { name: 'Café semanal' });
    await settings.getByRole('checkbox', { name: 'Participar en el café semanal' }).check();
    await settings.getByRole('button', { name: 'Guardar' }).click();
    await settings.getByText('Se ha guardado la configuración del café.').waitFor();

    const emma = await signedIn(EMMA.email, 'en-GB');
    await emma.goto('/coffee');
    const emmaSettings = emma.getByRole('region', { name: 'Weekly coffee' });
    await emmaSettings.getByRole('checkbox', { name: 'Take part in the weekly coffee' }).check();
    await emmaSettings.getByRole('button', { name: 'Save' }).click();
    await emmaSettings.getByText('Your coffee settings are saved.').waitFor();

    // The manager, in Catalan: one round for the week.
    const manager = await signedIn(MANAGER.email, 'ca-ES');
    await manager.goto('/coffee');
    const round = manager.getByRole('region', { name: 'Ronda setmanal' });
    await round.getByRole('button', { name: 'Comença una ronda ara' }).click();
    await round.getByText(/Ronda feta per a la setmana del .*: 1 parella, 2 persones\./).waitFor();
    // A second click the same week: refused, in Catalan.
    await round.getByRole('button', { name: 'Comença una ronda ara' }).click();
    await round.getByText("La ronda de cafè d'aquesta setmana ja està feta.").waitFor();

    await lucia.reload();
    const match = lucia.getByRole('region', { name: 'Tu café de esta semana' });
    await match.getByRole('link', { name: EMMA.name }).waitFor();
    await match.getByText('Wilson Language Lab').waitFor();
    expect(await accessibilityViolations(lucia)).toEqual([]);
    await match.getByRole('button', { name: 'Nos hemos visto' }).click();
    await match.getByText(/Os habéis visto/).waitFor();

    await emma.reload();
    await emma.getByRole('region', { name: 'Your coffee this week' }).getByRole('link', { name: LUCIA.name }).waitFor();
    await emma.getByRole('region', { name: 'Your coffee this week' }).getByText(/You met/).waitFor();
  });
});
