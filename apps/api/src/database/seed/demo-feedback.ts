import type { FeedbackAudience, FeedbackFormat } from '@tertulia/domain';
import type { EntityManager } from 'typeorm';
import { addDays, todayIn } from '../../common/time/today';

interface DemoAnswer {
  email: string;
  answers?: string[];
  /** Days and hours from now, for a coffee. */
  proposedTimes?: { days: number; hour: number }[];
  message?: string;
  daysAgo: number;
  helpful?: boolean;
  thanks?: string;
}

interface DemoFeedbackRequest {
  email: string;
  title: string;
  context: string;
  questions: string[];
  format: FeedbackFormat;
  minutes: number;
  /** Days from the community's today. */
  deadlineIn: number;
  /** Spelled like the demo members' skills (demo-profiles.ts), so that suggestions find people. */
  expertise: string[];
  cap: number;
  audience: FeedbackAudience;
  invited: string[];
  daysAgo: number;
  answers: DemoAnswer[];
}

/**
 * Three requests of the demo, in the members' own languages: an open written one with two answers (one marked
 * helpful and thanked), a coffee with one offer, and an invite-only one. Every reviewer stays under the default
 * weekly quota, so the demo's suggestions still find them.
 */
const DEMO_FEEDBACK: DemoFeedbackRequest[] = [
  {
    email: 'marc.soler@tertulia.example',
    title: 'La nova landing de Codi Clar',
    context: `He refet la pàgina d'inici de **Codi Clar** per explicar millor què faig: webs a mida que el client pot mantenir.

Mireu-la amb ulls de client que no em coneix: <https://codiclar.example/nova>`,
    questions: ['En cinc segons, s’entén què oferim i per a qui?', 'Quin botó clicaríeu primer, i per què?'],
    format: 'async',
    minutes: 10,
    deadlineIn: 9,
    expertise: ['UX', 'Copywriting', 'Disseny gràfic'],
    cap: 3,
    audience: 'all',
    invited: ['oriol.costa@tertulia.example'],
    daysAgo: 3,
    answers: [
      {
        email: 'oriol.costa@tertulia.example',
        answers: [
          'Sí que s’entén que fas webs, però no per a qui: afegiria «per a petits negocis» al titular.',
          'El de «Demana pressupost», perquè és l’únic amb color. El de «Veure projectes» es perd.',
        ],
        message: 'Si vols, un dia fem un test d’usabilitat amb tres persones de fora.',
        daysAgo: 2,
        helpful: true,
        thanks: 'Gràcies, Oriol! Ja he canviat el titular.',
      },
      {
        email: 'paula.navarro@tertulia.example',
        answers: [
          'Más o menos: «soluciones digitales» no dice nada. Prueba con «Webs que podrás mantener tú».',
          'El de presupuesto. Quizá el texto podría ser más cercano: «Cuéntame tu proyecto».',
        ],
        daysAgo: 1,
      },
    ],
  },
  {
    email: 'lucia.garcia@tertulia.example',
    title: '¿Tiene sentido mi nueva tarifa de SEO para pymes?',
    context: `Estoy pensando en pasar de cobrar por horas a una **cuota mensual** con tres niveles.

Me vendría bien un café con alguien que vea números y estrategia a diario.`,
    questions: ['¿Los tres niveles se entienden y tienen precios razonables?'],
    format: 'coffee',
    minutes: 15,
    deadlineIn: 12,
    expertise: ['Estratègia', 'Pla de negoci', 'Tesorería'],
    cap: 2,
    audience: 'all',
    invited: [],
    daysAgo: 2,
    answers: [
      {
        email: 'xavier.mas@tertulia.example',
        proposedTimes: [
          { days: 2, hour: 10 },
          { days: 3, hour: 16 },
        ],
        message: 'Encantat! Porta els números dels últims sis mesos i ho mirem al pati.',
        daysAgo: 1,
      },
    ],
  },
  {
    email: 'emma.wilson@tertulia.example',
    title: 'Outline for a localisation workshop',
    context: `I'm preparing a two-hour workshop on **localising a small business website** (ca/es/en).

Before I announce it, I'd love two honest opinions on the outline.`,
    questions: ['Is two hours realistic for this outline?', 'What would you cut, and what is missing?'],
    format: 'async',
    minutes: 20,
    deadlineIn: 14,
    expertise: ['Formació', 'Traducció tècnica', 'Localisation'],
    cap: 2,
    audience: 'invited',
    invited: ['berta.camps@tertulia.example', 'anna.serra@tertulia.example'],
    daysAgo: 1,
    answers: [],
  },
];

const DAY_MS = 24 * 3600 * 1000;

/**
 * The demo's feedback requests, after the members. Deadlines are days from the community's today (the breakfast
 * series' time zone: the seed runs without the app's config), and close at the end of that day there.
 */
export async function seedDemoFeedback(em: EntityManager): Promise<void> {
  const [series] = (await em.query(`SELECT timezone FROM breakfast_series ORDER BY created_at LIMIT 1`)) as { timezone: string }[];
  const timeZone = series?.timezone ?? 'Europe/Madrid';
  const today = todayIn(timeZone);
  for (const request of DEMO_FEEDBACK) {
    const [{ id }] = (await em.query(
      `INSERT INTO feedback_requests
              (requester_id, title, context, questions, format, minutes, deadline, closes_at, expertise, cap, audience, created_at, updated_at)
       SELECT m.id, $2, $3, $4::text[], $5, $6, $7::date, (($7::date + 1)::timestamp AT TIME ZONE $8), $9::text[], $10, $11,
              now() - make_interval(days => $12), now() - make_interval(days => $12)
         FROM members m WHERE m.email = $1
       RETURNING id`,
      [
        request.email,
        request.title,
        request.context,
        request.questions,
        request.format,
        request.minutes,
        addDays(today, request.deadlineIn),
        timeZone,
        request.expertise,
        request.cap,
        request.audience,
        request.daysAgo,
      ],
    )) as { id: string }[];
    await em.query(
      `INSERT INTO feedback_invitations (request_id, member_id, created_at)
       SELECT $1, m.id, now() - make_interval(days => $3) FROM members m WHERE m.email = ANY($2::text[])`,
      [id, request.invited, request.daysAgo],
    );
    for (const answer of request.answers) {
      const proposedTimes = (answer.proposedTimes ?? []).map(({ days, hour }) => {
        const day = new Date(Date.now() + days * DAY_MS);
        day.setUTCHours(hour - 1, 0, 0, 0);
        return day.toISOString();
      });
      await em.query(
        `INSERT INTO feedback_responses (request_id, reviewer_id, answers, proposed_times, message, helpful_at, thanks_message, thanked_at, created_at, updated_at)
         SELECT $1, m.id, $3::text[], $4::timestamptz[], $5,
                CASE WHEN $6 THEN now() END, $7::text, CASE WHEN $7::text IS NOT NULL THEN now() END,
                now() - make_interval(days => $8), now() - make_interval(days => $8)
           FROM members m WHERE m.email = $2`,
        [id, answer.email, answer.answers ?? [], proposedTimes, answer.message ?? null, answer.helpful ?? false, answer.thanks ?? null, answer.daysAgo],
      );
    }
  }
}
