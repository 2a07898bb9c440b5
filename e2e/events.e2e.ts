import type { Event } from '@tertulia/domain';
import type { Page } from 'playwright-core';
import { accessibilityViolations } from './support/accessibility';
import { MANAGER, signedInPages, usePortal } from './support/session';

// ical.js, the parser behind Thunderbird, reads the feed as a calendar app would.
const ICAL = require('ical.js').default ?? require('ical.js');


const LUCIA = { email: 'lucia.garcia@tertulia.example', name: 'Lucía García' };
const EMMA = { email: 'emma.wilson@tertulia.example', name: 'Emma Wilson' };
const JAVIER = { email: 'javier.fernandez@tertulia.example', name: 'Javier Fernández' };
const ELENA = { email: 'elena.sanchez@tertulia.example', name: 'Elena Sánchez' };


/** A day two weeks from now on the coworking's calendar, `YYYY-MM-DD`. */
function dayInTwoWeeks(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + 14 * 86_400_000),
  );
}

/** 13:30 — an instant on the coworking's clock. */
const madridClock = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Madrid', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  if (!response.ok()) throw new Error(`GET ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

describe('events, RSVPs, lunch picks and the calendar feed in Chromium', () => {
  const pages = usePortal();

  const signedIn = signedInPages(pages);

  it('the manager (in Català) creates a networking lunch; four members answer, one waits, then takes the freed place', async () => {
    const day = dayInTwoWeeks();
    const title = `Dinar de networking ${Date.now()}`;

    // The manager creates it through the form, in Catalan.
    const manager = await signedIn(MANAGER.email, 'ca-ES');
    await manager.getByRole('navigation').getByRole('link', { name: 'Activitats' }).click();
    await manager.getByRole('heading', { name: 'Activitats', level: 1 }).waitFor();
    expect(await accessibilityViolations(manager)).toEqual([]);
    await manager.getByRole('link', { name: 'Nova activitat' }).click();
    await manager.getByRole('heading', { name: 'Nova activitat', level: 1 }).waitFor();

    // Nothing filled in: the form says what is missing, in Catalan, before sending anything.
    await manager.getByRole('button', { name: "Crea l'esdeveniment" }).click();
    await manager.getByText('Aquest camp és obligatori.').first().waitFor();

    await manager.getByLabel('Títol', { exact: true }).fill(title);
    await manager.getByLabel('Descripció', { exact: true }).fill('Porta **targetes** i ganes de conèixer gent.');
    await manager.getByLabel('Format', { exact: true }).selectOption({ label: 'Dinar de networking' });
    expect(await manager.getByLabel('Per a qui és').inputValue()).toBe('');
    const starts = manager.getByRole('group', { name: 'Comença' });
    await starts.getByLabel('Data').fill(day);
    await starts.getByLabel('Hora').fill('13:30');
    const ends = manager.getByRole('group', { name: 'Acaba' });
    // The end day follows the start day.
    expect(await ends.getByLabel('Data').inputValue()).toBe(day);
    // Ending before it starts is refused with its own sentence.
    await ends.getByLabel('Hora').fill('12:00');
    await manager.getByRole('button', { name: "Crea l'esdeveniment" }).click();
    await manager.getByText("L'esdeveniment ha d'acabar després de començar.").waitFor();
    await ends.getByLabel('Hora').fill('15:30');
    expect(await manager.getByLabel('Zona horària').inputValue()).toBe('Europe/Madrid');
    await manager.getByLabel('Lloc', { exact: true }).fill('Sala gran, primera planta');
    await manager.getByLabel('Aforament').fill('3');
    await manager.getByRole('button', { name: "Crea l'esdeveniment" }).click();

    await manager.waitForURL(/\/events\/[0-9a-f-]{36}$/);
    const eventId = new URL(manager.url()).pathname.split('/').pop()!;
    await manager.getByRole('heading', { name: title, level: 1 }).waitFor();
    await manager.getByText('Dinar de networking', { exact: true }).first().waitFor();
    expect(await manager.locator('.markdown strong').textContent()).toBe('targetes');
    await manager.getByText('0 de 3 places ocupades').waitFor();
    const created = await getJson<Event>(manager, `/api/events/${eventId}`);
    expect(madridClock(new Date(created.startsAt))).toBe('13:30');
    expect(madridClock(new Date(created.endsAt))).toBe('15:30');
    expect(created).toMatchObject({ capacity: 3, format: 'networking_lunch', timezone: 'Europe/Madrid', circle: null });
    await manager.getByRole('link', { name: 'Afegeix al calendari' }).waitFor();
    await manager.getByRole('link', { name: 'Baixa els assistents (CSV)' }).waitFor();
    expect(await accessibilityViolations(manager)).toEqual([]);

    // The month view shows it on its day.
    await manager.goto(`/events?view=month&month=${day.slice(0, 7)}`);
    const grid = manager.getByRole('table', { name: /^Activitats de / });
    await grid.getByRole('link', { name: new RegExp(title) }).waitFor();
    expect(await accessibilityViolations(manager)).toEqual([]);

    // Four members answer, in Spanish and English: three places, the fourth waits.
    const lucia = await signedIn(LUCIA.email, 'es-ES');
    await lucia.goto(`/events/${eventId}`);
    await lucia.getByRole('button', { name: 'Voy', exact: true }).click();
    await lucia.getByText('Vas a ir.').waitFor();

    const emma = await signedIn(EMMA.email);
    await emma.goto('/events');
    await emma.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
    await emma.getByRole('link', { name: title }).click();
    await emma.getByRole('heading', { name: title, level: 1 }).waitFor();
    await emma.getByRole('button', { name: "I'm going", exact: true }).click();
    await emma.getByText("You're going.").waitFor();

    const javier = await signedIn(JAVIER.email, 'es-ES');
    await javier.goto(`/events/${eventId}`);
    await javier.getByRole('button', { name: 'Voy', exact: true }).click();
    await javier.getByText('Vas a ir.').waitFor();
    await javier.getByText('3 de 3 plazas ocupadas').waitFor();

    const elena = await signedIn(ELENA.email);
    await elena.goto(`/events/${eventId}`);
    await elena.getByRole('button', { name: "I'm going", exact: true }).click();
    await elena.getByText("You're on the waiting list: number 1.").waitFor();
    // The faces of who is going link to their profiles.
    const going = elena.getByRole('list', { name: 'People going' });
    await going.getByRole('link', { name: JAVIER.name }).waitFor();
    expect(await going.getByRole('link').count()).toBe(3);
    expect(await accessibilityViolations(elena)).toEqual([]);

    // The manager sees the waitlist, in order.
    await manager.goto(`/events/${eventId}`);
    await manager.getByRole('list', { name: "Llista d'espera" }).getByRole('link', { name: ELENA.name }).waitFor();

    // Lucía gives up her place: Elena, first in line, is going.
    await lucia.getByRole('button', { name: 'No voy', exact: true }).click();
    await lucia.getByText('No vas a ir.').waitFor();
    await elena.reload();
    await elena.getByText("You're going.").waitFor();
    expect((await getJson<Event>(elena, `/api/events/${eventId}`)).myRsvp).toEqual({ status: 'going', waitlistPosition: null, private: false });

    // Emma picks two people to meet; nobody else sees them, and they are there after a reload.
    await emma.reload();
    const wants = emma.getByRole('region', { name: 'Who would you like to meet?' });
    await wants.getByText('Nobody else sees these picks', { exact: false }).waitFor();
    await wants.getByText('0 of 5 chosen').waitFor();
    expect(await wants.getByRole('checkbox', { name: LUCIA.name }).count()).toBe(0);
    await wants.getByRole('checkbox', { name: JAVIER.name }).check();
    await wants.getByRole('checkbox', { name: ELENA.name }).check();
    await wants.getByText('2 of 5 chosen').waitFor();
    await wants.getByRole('link', { name: `${JAVIER.name}'s profile` }).waitFor();
    await wants.getByRole('button', { name: 'Save my choices' }).click();
    await wants.getByText('Your choices are saved.').waitFor();
    expect(await accessibilityViolations(emma)).toEqual([]);
    await emma.reload();
    await emma.getByRole('region', { name: 'Who would you like to meet?' }).getByText('2 of 5 chosen').waitFor();
    expect(await emma.getByRole('checkbox', { name: JAVIER.name }).isChecked()).toBe(true);
    expect(await emma.getByRole('checkbox', { name: ELENA.name }).isChecked()).toBe(true);

    // Emma subscribes: the feed address serves a calendar that parses, with the lunch at 13:30 in Barcelona.
    await emma.goto('/events');
    await emma.getByRole('button', { name: 'Subscribe to my calendar' }).click();
    const address = emma.getByRole('textbox', { name: 'Address to copy into your calendar' });
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(/^https?:\/\/.+\/api\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    expect(await emma.getByRole('link', { name: 'Open in my calendar app' }).getAttribute('href')).toBe(url.replace(/^https?:/, 'webcal:'));
    const feed = await emma.context().request.fetch(url, { headers: { Cookie: '' } });
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    const lunch = calendar.getAllSubcomponents('vevent').map((vevent: unknown) => new ICAL.Event(vevent)).find((found: { summary: string }) => found.summary === title);
    expect(lunch).toBeDefined();
    expect(lunch.uid).toBe(`${eventId}@tertulia`);
    expect(madridClock(lunch.startDate.toJSDate())).toBe('13:30');
    expect(lunch.startDate.toJSDate().toISOString()).toBe(new Date(created.startsAt).toISOString());
    expect(lunch.component.getFirstPropertyValue('status')).toBe('CONFIRMED');

    // A new address revokes the old one (after a warning).
    await emma.getByRole('button', { name: 'Regenerate link' }).click();
    const dialog = emma.getByRole('dialog', { name: 'Make a new calendar address?' });
    await dialog.getByText('The old address stops working at once', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Make a new address' }).click();
    await emma.getByText('Here is your new address. The old one no longer works.').waitFor();
    const renewed = await address.inputValue();
    expect(renewed).not.toBe(url);
    expect((await emma.context().request.fetch(url)).status()).toBe(404);
    expect((await emma.context().request.fetch(renewed)).status()).toBe(200);
  });
});
