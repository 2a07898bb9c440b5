import type { EntityManager } from 'typeorm';

/** The demo's networking lunch: three weeks ahead, twelve people going, a few picks; the manager plans its tables. */
export const DEMO_LUNCH_TITLE = 'Dinar de networking de tardor';

const GOING = [
  'anna.serra',
  'arnau.riera',
  'berta.camps',
  'carmen.lopez',
  'clara.pons',
  'david.romero',
  'gerard.vila',
  'irene.moreno',
  'jordi.puig',
  'laia.ferrer',
  'marc.soler',
  'pau.marti',
].map((name) => `${name}@tertulia.example`);

/** Who wants to meet whom (anna and jordi pick each other). */
const PICKS: [string, string][] = [
  ['anna.serra', 'jordi.puig'],
  ['jordi.puig', 'anna.serra'],
  ['clara.pons', 'marc.soler'],
  ['irene.moreno', 'david.romero'],
].map(([who, whom]) => [`${who}@tertulia.example`, `${whom}@tertulia.example`]);

export async function seedDemoNetworking(em: EntityManager): Promise<void> {
  const [{ id }] = (await em.query(
    `INSERT INTO events (title, description, starts_at, ends_at, timezone, place, capacity, format, organiser_id)
     SELECT $1, $2,
            (((current_date + 21)::timestamp + time '13:30') AT TIME ZONE 'Europe/Madrid'),
            (((current_date + 21)::timestamp + time '15:30') AT TIME ZONE 'Europe/Madrid'),
            'Europe/Madrid', 'Terrassa del coworking', 16, 'networking_lunch', m.id
       FROM members m WHERE m.email = 'montse.vidal@tertulia.example'
     RETURNING id`,
    [
      DEMO_LUNCH_TITLE,
      'Tres rondes de taules de quatre: mira abans qui hi ve i tria a qui vols conèixer.',
    ],
  )) as { id: string }[];
  await em.query(
    `INSERT INTO event_rsvps (event_id, member_id, status)
     SELECT $1, m.id, 'going' FROM members m WHERE m.email = ANY($2::text[])`,
    [id, GOING],
  );
  await em.query(
    `INSERT INTO event_wants (event_id, member_id, wanted_id)
     SELECT $1, who.id, whom.id
       FROM unnest($2::text[], $3::text[]) AS pick(who_email, whom_email)
       JOIN members who ON who.email = pick.who_email
       JOIN members whom ON whom.email = pick.whom_email`,
    [id, PICKS.map(([who]) => who), PICKS.map(([, whom]) => whom)],
  );
}
