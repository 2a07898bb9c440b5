import { weeklyDates } from '@tertulia/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { addDays, todayIn } from '../../common/time/today';
import { BreakfastSeriesEntity } from '../../modules/breakfasts/breakfast-series.entity';
import { fillOpenSlots } from '../../modules/breakfasts/fill-open-slots';
import { RotaRepository } from '../../modules/breakfasts/rota.repository';

/** Past breakfasts of the demo, newest last: who presented, on what, and how it went. */
const PAST_BREAKFASTS: { email: string; topic: string; summary: string }[] = [
  { email: 'jordi.puig@tertulia.example', topic: 'Una marca que es recorda', summary: 'En Jordi ens va ensenyar tres identitats abans i després, i per què un logotip no és una marca.' },
  { email: 'lucia.garcia@tertulia.example', topic: 'SEO sin humo', summary: 'Lucía repasó lo que de verdad mueve el posicionamiento de una pyme y lo que es puro ruido.' },
  { email: 'laia.ferrer@tertulia.example', topic: 'El primer contracte amb un client', summary: 'La Laia va repassar les cinc clàusules que salven un autònom d’un mal any.' },
  { email: 'javier.fernandez@tertulia.example', topic: 'Contratar al primer empleado', summary: 'Javier explicó tipos de contrato, costes reales y errores frecuentes al contratar por primera vez.' },
  { email: 'marc.soler@tertulia.example', topic: 'Una web que es pot mantenir', summary: 'En Marc va explicar com tria la tecnologia perquè el client no en depengui per sempre.' },
  { email: 'carmen.lopez@tertulia.example', topic: 'Eventos que la gente recuerda', summary: 'Carmen compartió su lista de comprobación para un evento de empresa sin sustos.' },
];

/** The breakfast of the demo: Thursdays at nine, six held, the next four weeks filled fairly (the manager fills more). */
export async function seedDemoBreakfasts(em: EntityManager, dataSource: DataSource): Promise<void> {
  const [series] = await em.find(BreakfastSeriesEntity, { order: { createdAt: 'ASC' }, take: 1 });
  if (!series) return;
  await em.update(BreakfastSeriesEntity, { id: series.id }, { active: true, place: 'La cuina, planta baixa' });
  const settings = { ...series, active: true, place: 'La cuina, planta baixa' };
  const today = todayIn(settings.timezone);
  const pastDates = weeklyDates(addDays(today, -7 * PAST_BREAKFASTS.length), settings.weekday, PAST_BREAKFASTS.length + 1)
    .filter((date) => date < today)
    .slice(-PAST_BREAKFASTS.length);
  for (const [index, date] of pastDates.entries()) {
    const past = PAST_BREAKFASTS[index]!;
    await em.query(
      `INSERT INTO breakfast_sessions (series_id, date, starts_at, ends_at, place, presenter_id, presenter_confirmed, topic, summary)
       SELECT $1, $2::date, ($2::date + $3::time) AT TIME ZONE $4, (($2::date + $3::time) AT TIME ZONE $4) + make_interval(mins => $5),
              $6, id, true, $7, $8
         FROM members WHERE email = $9`,
      [series.id, date, settings.startTime, settings.timezone, settings.durationMinutes, settings.place, past.topic, past.summary, past.email],
    );
  }
  const rota = new RotaRepository(dataSource);
  const upcoming = weeklyDates(addDays(today, 1), settings.weekday, 4);
  await rota.insertSessions(em, settings, upcoming);
  // Seeding the demo tells nobody.
  await fillOpenSlots(em, rota, settings, upcoming, null);
  // A dozen coworkers already said they come to the next one.
  await em.query(
    `INSERT INTO breakfast_attendance (session_id, member_id, attending)
     SELECT s.id, m.id, true
       FROM (SELECT id FROM breakfast_sessions WHERE series_id = $1 AND date = $2) s
      CROSS JOIN (SELECT id FROM members WHERE email LIKE '%@tertulia.example' ORDER BY joined_at LIMIT 12) m`,
    [series.id, upcoming[0]],
  );
}
