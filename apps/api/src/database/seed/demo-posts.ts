import type { PostKind } from '@tertulia/domain';
import type { EntityManager } from 'typeorm';

interface DemoComment {
  email: string;
  body: string;
  /** Hours after the post was published. */
  after: number;
  replies?: DemoComment[];
}

interface DemoPost {
  email: string;
  kind: PostKind;
  title: string;
  body: string;
  tags: string[];
  /** Published that many days ago; a draft when null. */
  daysAgo: number | null;
  /** A talk: at the next breakfast, or on its own date (days ahead, at 18:00 UTC) and place. */
  talk?: { breakfast: true } | { inDays: number; place: string };
  /** Who found it useful (e-mails). */
  usefulFor?: string[];
  comments?: DemoComment[];
}

const at = (name: string) => `${name}@tertulia.example`;

/**
 * What the demo community shares: articles, tips and talk announcements in Catalan, Spanish and English,
 * a talk at the next breakfast, a few conversations (one with a reply), «useful» marks and one draft.
 */
const DEMO_POSTS: DemoPost[] = [
  {
    email: at('pau.marti'),
    kind: 'tip',
    title: 'Desa les factures cada divendres',
    body: 'Deu minuts cada divendres a la tarda: fas una foto de cada tiquet, la deses a la carpeta del trimestre i a final de mes no hi ha sorpreses. La teva gestoria t’ho agrairà.',
    tags: ['Fiscalitat', 'Autònoms'],
    daysAgo: 2,
    usefulFor: [at('anna.serra'), at('marc.soler'), at('emma.wilson'), at('ruben.castillo')],
    comments: [{ email: at('anna.serra'), body: 'Jo ho faig amb una carpeta compartida amb la gestoria i m’estalvio els correus.', after: 3 }],
  },
  {
    email: at('laia.ferrer'),
    kind: 'article',
    title: 'Cinc clàusules que no poden faltar en un contracte de serveis',
    body: [
      'Quan comences a treballar per compte propi, el primer contracte sol ser un correu amb un pressupost. Funciona fins que deixa de funcionar.',
      '',
      '## Les cinc clàusules',
      '',
      '1. **Abast**: què entra i, sobretot, què no entra.',
      '2. **Terminis i revisions**: quantes rondes de canvis inclou el preu.',
      '3. **Pagament**: terminis, bestreta i què passa si es paga tard.',
      '4. **Propietat intel·lectual**: quan passa al client (normalment, quan paga).',
      '5. **Sortida**: com s’acaba el contracte si alguna de les parts ho vol.',
      '',
      'Si en vols un model, passa per la taula del fons i en parlem.',
    ].join('\n'),
    tags: ['Contractes', 'Autònoms'],
    daysAgo: 20,
    usefulFor: [at('jordi.puig'), at('marc.soler'), at('oriol.costa'), at('gerard.vila'), at('javier.fernandez'), at('sofia.herrera')],
    comments: [
      {
        email: at('javier.fernandez'),
        body: 'Añadiría una cláusula de confidencialidad: muchos clientes la piden y es mejor tenerla redactada de antemano.',
        after: 5,
        replies: [{ email: at('laia.ferrer'), body: 'Molt bona idea, Javier. La poso com a sisena i actualitzo el model.', after: 7 }],
      },
      { email: at('marta.grau'), body: 'La quarta m’hauria estalviat un bon disgust l’any passat. Gràcies!', after: 30 },
    ],
  },
  {
    email: at('lucia.garcia'),
    kind: 'article',
    title: 'SEO local para negocios de barrio: lo que de verdad funciona',
    body: [
      'Si tu cliente está a diez calles, no compites con toda España: compites con tres negocios.',
      '',
      '- Completa la ficha de Google Business con fotos reales y horarios al día.',
      '- Pide reseñas justo después de un buen servicio, con un enlace directo.',
      '- Una página por servicio y barrio vale más que diez artículos genéricos.',
      '',
      'Y mide: llamadas y rutas pedidas, no solo visitas.',
    ].join('\n'),
    tags: ['SEO', 'Marketing'],
    daysAgo: 15,
    usefulFor: [at('andres.ruiz'), at('carmen.lopez'), at('clara.pons')],
  },
  {
    email: at('emma.wilson'),
    kind: 'tip',
    title: 'Write the subject line last',
    body: 'Write the newsletter first, then ask: what is the one thing a reader gets from it? That sentence, shortened, is your subject line. Writing it first makes you promise something the text never delivers.',
    tags: ['Copywriting', 'Email'],
    daysAgo: 4,
    usefulFor: [at('paula.navarro'), at('mireia.casals')],
    comments: [{ email: at('paula.navarro'), body: 'Lo aplico desde hoy: siempre me quedo atascada con el asunto.', after: 2 }],
  },
  {
    email: at('marc.soler'),
    kind: 'talk',
    title: 'Xerrada: com triar la tecnologia d’una web que duri',
    body: 'Aprofitant l’esmorzar, deu minuts sobre com decideixo la tecnologia d’una web perquè el client no en depengui per sempre: què demanar, què evitar i quines preguntes fer abans de signar.',
    tags: ['Web', 'Desenvolupament'],
    daysAgo: 1,
    talk: { breakfast: true },
    usefulFor: [at('andres.ruiz')],
    comments: [{ email: at('arnau.riera'), body: 'M’hi apunto! Tinc just ara aquest dubte amb la web del despatx.', after: 4 }],
  },
  {
    email: at('oriol.costa'),
    kind: 'talk',
    title: 'Xerrada: cinc entrevistes d’usuari en una setmana',
    body: 'Com organitzar cinc entrevistes en una setmana sense pressupost: a qui trucar, què preguntar i com no enganyar-se amb les respostes. Porteu el vostre projecte i en triem un per practicar.',
    tags: ['UX', 'Recerca'],
    daysAgo: 3,
    talk: { inDays: 10, place: 'Sala gran, primera planta' },
    usefulFor: [at('david.romero'), at('xavier.mas')],
  },
  {
    email: at('sergio.torres'),
    kind: 'article',
    title: 'RGPD para autónomos: la lista mínima',
    body: [
      'No hace falta un despacho para cumplir lo básico:',
      '',
      '1. Un registro de tratamientos, aunque sea una hoja de cálculo.',
      '2. Contratos de encargado con quien toque tus datos (gestoría, hosting, newsletter).',
      '3. Contraseñas largas y doble factor en el correo. De verdad.',
      '4. Un aviso legal y una política de privacidad que describan lo que haces, no lo que copiaste.',
    ].join('\n'),
    tags: ['RGPD', 'Seguridad'],
    daysAgo: 25,
    usefulFor: [at('pau.marti'), at('laia.ferrer'), at('irene.moreno'), at('pablo.jimenez')],
  },
  {
    email: at('nuria.roca'),
    kind: 'tip',
    title: 'Fotografia de producte amb llum de finestra',
    body: 'No cal un estudi: una finestra gran al migdia, un cartró blanc per rebotar la llum i el mòbil en un trípode. Evita el flaix i dispara sempre des de la mateixa alçada perquè el catàleg quedi uniforme.',
    tags: ['Fotografia', 'Ecommerce'],
    daysAgo: 9,
    usefulFor: [at('andres.ruiz'), at('carmen.lopez'), at('marta.grau')],
  },
  {
    email: at('david.romero'),
    kind: 'article',
    title: '¿App nativa o web progresiva?',
    body: 'Antes de pedir presupuesto para una app, pregúntate si tus clientes la instalarían. Para reservas, pedidos o una carta, una web progresiva se instala desde el navegador, funciona sin conexión y cuesta una fracción. La app nativa compensa cuando necesitas la cámara a fondo, notificaciones muy fiables o estar en las tiendas.',
    tags: ['Apps', 'Web'],
    daysAgo: 12,
    usefulFor: [at('marc.soler'), at('xavier.mas')],
  },
  {
    email: at('emma.wilson'),
    kind: 'article',
    title: 'Five English mistakes Catalan and Spanish websites make',
    body: [
      'Most of them are not grammar at all:',
      '',
      '1. *Actually* does not mean *actualment*: use *currently*.',
      '2. *Eventually* does not mean *eventualment*: use *possibly*.',
      '3. Titles in Title Case on every line look shouty.',
      '4. Long sentences with three commas translated word for word.',
      '5. A contact form that says *Send* and never says what happens next.',
    ].join('\n'),
    tags: ['English', 'Copywriting'],
    daysAgo: 30,
    usefulFor: [at('anna.serra'), at('berta.camps'), at('lucia.garcia'), at('jordi.puig')],
  },
  {
    email: at('clara.pons'),
    kind: 'tip',
    title: 'Un esmorzar que aguanta fins al migdia',
    body: 'Proteïna i fibra: iogurt natural amb fruita i fruits secs, o torrada integral amb ou. El croissant del dijous, millor compartit!',
    tags: ['Salut', 'Esmorzars'],
    daysAgo: 6,
    usefulFor: [at('montse.vidal'), at('elena.sanchez')],
  },
  {
    email: at('xavier.mas'),
    kind: 'article',
    title: 'Cómo preparar una ronda de financiación pequeña',
    body: 'Una ronda de amigos y business angels se prepara igual que una grande, pero en pequeño: un documento de una página con el problema, la tracción y el uso del dinero; una hoja con la tabla de capitalización; y una lista corta de inversores que ya conocen tu sector. Empieza por quien te puede presentar a otros.',
    tags: ['Finanzas', 'Startups'],
    daysAgo: 18,
    usefulFor: [at('alejandro.martinez'), at('ruben.castillo')],
  },
  {
    email: at('paula.navarro'),
    kind: 'article',
    title: 'Borrador: guía de tono de voz para pymes',
    body: 'Tres adjetivos, tres ejemplos de qué sí y qué no, y una lista de palabras prohibidas. (Pendiente de pulir.)',
    tags: ['Copywriting'],
    daysAgo: null,
  },
];

/** The demo's posts, after the breakfasts (a talk announces one at the next breakfast). */
export async function seedDemoPosts(em: EntityManager): Promise<void> {
  const [nextBreakfast] = (await em.query(
    `SELECT id FROM breakfast_sessions WHERE date > current_date AND NOT cancelled ORDER BY date LIMIT 1`,
  )) as { id: string }[];
  for (const post of DEMO_POSTS) {
    const talk = post.talk;
    const onBreakfast = talk && 'breakfast' in talk ? (nextBreakfast?.id ?? null) : null;
    // Without a breakfast to link (breakfasts off), the talk gets a date and place of its own.
    const own = talk && !onBreakfast ? ('inDays' in talk ? talk : { inDays: 7, place: 'La cuina, planta baixa' }) : null;
    const [row] = (await em.query(
      `INSERT INTO posts (author_id, kind, title, body, tags, status, published_at, talk_starts_at, talk_place, talk_breakfast_id, created_at, updated_at)
       SELECT m.id, $2, $3, $4, $5::text[], $6::text, $7::timestamptz,
              CASE WHEN $8::int IS NULL THEN NULL ELSE date_trunc('day', now()) + make_interval(days => $8::int, hours => 18) END,
              $9, $10::uuid, COALESCE($7::timestamptz, now() - interval '1 hour'), COALESCE($7::timestamptz, now() - interval '1 hour')
         FROM members m WHERE m.email = $1
       RETURNING id, published_at`,
      [
        post.email,
        post.kind,
        post.title,
        post.body,
        post.tags,
        post.daysAgo === null ? 'draft' : 'published',
        post.daysAgo === null ? null : new Date(Date.now() - post.daysAgo * 24 * 3600 * 1000 - 3 * 3600 * 1000),
        own?.inDays ?? null,
        own?.place ?? null,
        onBreakfast,
      ],
    )) as { id: string; published_at: Date | null }[];
    if (!row) continue;
    if (post.usefulFor?.length) {
      await em.query(
        `INSERT INTO post_useful (post_id, member_id) SELECT $1, id FROM members WHERE email = ANY($2::text[]) ON CONFLICT DO NOTHING`,
        [row.id, post.usefulFor],
      );
    }
    for (const comment of post.comments ?? []) {
      const parentId = await insertComment(em, row.id, row.published_at!, comment, null);
      for (const reply of comment.replies ?? []) await insertComment(em, row.id, row.published_at!, reply, parentId);
    }
  }
}

async function insertComment(em: EntityManager, postId: string, publishedAt: Date, comment: DemoComment, parentId: string | null): Promise<string> {
  const [row] = (await em.query(
    `INSERT INTO post_comments (post_id, author_id, parent_id, body, created_at, updated_at)
     SELECT $1, m.id, $2::uuid, $3, $4::timestamptz, $4::timestamptz FROM members m WHERE m.email = $5
     RETURNING id`,
    [postId, parentId, comment.body, new Date(publishedAt.getTime() + comment.after * 3600 * 1000), comment.email],
  )) as { id: string }[];
  return row!.id;
}
