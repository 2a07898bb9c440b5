import { createMember, FACTORY_PASSWORD, type MemberOverrides } from './factories/member.factory';
import { startTestApp, type TestApp } from './utils/test-app';
import type { TestClient } from './utils/test-client';

interface SeedService {
  title: string;
  summary: string;
  description?: string;
  category: string;
  tags?: string[];
}

interface SeedMember extends MemberOverrides {
  displayName: string;
  services: SeedService[];
}

/** A small coworking in Barcelona: Catalan, Spanish and English profiles, with near misses on purpose. */
const COMMUNITY: SeedMember[] = [
  {
    displayName: 'Marta Soler',
    businessName: 'Estudi Sal',
    headline: 'Dissenyadora gràfica i il·lustradora',
    skills: ['Disseny gràfic', 'Il·lustració', 'Branding'],
    languages: ['ca', 'es'],
    bio: 'Faig identitats visuals per a comerços de barri i projectes culturals.',
    services: [
      { title: 'Disseny gràfic', summary: 'Identitat visual, logotips i papereria per a petits negocis.', category: 'design', tags: ['logotip', 'branding'] },
      { title: 'Il·lustració editorial', summary: 'Il·lustracions per a revistes, llibres i webs.', category: 'design' },
    ],
  },
  {
    displayName: 'Jordi Puig',
    businessName: 'Puig Dev',
    headline: 'Desenvolupador web full-stack',
    skills: ['React', 'Node.js', 'TypeScript'],
    languages: ['ca', 'es', 'en'],
    services: [
      {
        title: "Desenvolupament d'aplicacions web",
        summary: 'Aplicacions a mida amb React i Node.js, del prototip a producció.',
        description: 'Integracions amb APIs, pagaments i migracions des de WordPress quan cal.',
        category: 'development',
      },
    ],
  },
  {
    displayName: 'Lucía Fernández',
    businessName: 'Luz Estudio',
    headline: 'Fotógrafa de producto y retrato',
    skills: ['Fotografía', 'Retoque'],
    languages: ['es', 'en'],
    services: [
      {
        title: 'Fotografía de producto',
        summary: 'Fotos de catálogo y e-commerce con fondo blanco o ambientadas.',
        category: 'photography',
        tags: ['ecommerce', 'catálogo'],
      },
    ],
  },
  {
    displayName: 'Carlos Ruiz',
    businessName: 'Ruiz Web',
    headline: 'Diseñador web y UX',
    skills: ['WordPress', 'UX', 'Accesibilidad'],
    languages: ['es'],
    services: [
      { title: 'Diseño web', summary: 'Webs rápidas y accesibles con WordPress para pymes.', category: 'design', tags: ['wordpress', 'ux'] },
    ],
  },
  {
    displayName: 'Emma Wilson',
    businessName: 'Wilson Words',
    headline: 'Copywriter and translator',
    skills: ['Copywriting', 'Translation', 'SEO'],
    languages: ['en', 'es'],
    bio: 'British copywriter living in Gràcia. I write websites and newsletters that sound human.',
    services: [
      {
        title: 'English copywriting for startups',
        summary: 'Landing pages, product copy and newsletters in native English.',
        category: 'communication',
      },
      { title: 'Spanish to English translation', summary: 'Websites, contracts and presentations translated by a native speaker.', category: 'translation' },
    ],
  },
  {
    displayName: 'Pau Vidal',
    businessName: 'Vidal Assessors',
    headline: 'Assessor fiscal i comptable',
    skills: ['Comptabilitat', 'Fiscalitat', 'Autònoms'],
    languages: ['ca', 'es'],
    services: [
      {
        title: 'Assessoria fiscal per a autònoms',
        summary: 'Declaracions trimestrals, renda i altes a Hisenda.',
        description: 'També revisem contractes de lloguer del local i les factures dels proveïdors.',
        category: 'accounting',
      },
    ],
  },
  {
    displayName: 'Núria Camps',
    businessName: 'Camps Advocats',
    headline: 'Advocada mercantil',
    skills: ['Dret mercantil', 'Protecció de dades'],
    languages: ['ca', 'es', 'en'],
    services: [{ title: 'Revisió de contractes', summary: 'Contractes de serveis, NDA i condicions generals.', category: 'legal' }],
  },
  {
    displayName: 'Sergio Molina',
    businessName: 'Molina Growth',
    headline: 'Consultor de marketing digital',
    skills: ['SEO', 'Google Ads', 'Analítica web'],
    languages: ['es'],
    services: [
      { title: 'Campañas de Google Ads', summary: 'Campañas de búsqueda y shopping que se pagan solas.', category: 'marketing' },
      { title: 'Auditoría SEO', summary: 'Qué frena tu web en Google y cómo arreglarlo.', category: 'marketing' },
    ],
  },
  {
    displayName: 'Anna Roca',
    businessName: 'Roca Interiors',
    headline: 'Arquitecta i interiorista',
    skills: ['Interiorisme', 'Reformes'],
    languages: ['ca'],
    services: [
      { title: "Projectes d'interiorisme per a oficines", summary: 'Espais de treball còmodes, amb llum i bona acústica.', category: 'architecture' },
    ],
  },
  {
    displayName: 'David Chen',
    headline: 'Data scientist',
    skills: ['Python', 'Machine learning', 'Data analysis'],
    languages: ['en', 'ca'],
    services: [
      { title: 'Data dashboards', summary: 'Power BI and Metabase dashboards for small businesses.', category: 'data' },
    ],
  },
  {
    displayName: 'Laura Gómez',
    businessName: 'Social Laura',
    headline: 'Community manager',
    skills: ['Redes sociales', 'Instagram'],
    languages: ['es', 'ca'],
    services: [
      {
        title: 'Gestión de redes sociales',
        summary: 'Calendario editorial, publicaciones y respuesta a la comunidad.',
        description: 'Incluye una sesión mensual de fotografía de producto para Instagram.',
        category: 'marketing',
      },
    ],
  },
  {
    displayName: 'Marc Ferrer',
    businessName: 'Ferrer Films',
    headline: 'Productor audiovisual',
    skills: ['Vídeo corporatiu', 'Edició'],
    languages: ['ca', 'es'],
    services: [
      {
        title: 'Vídeos corporatius',
        summary: "Vídeos d'empresa, entrevistes i càpsules per a xarxes.",
        description: 'Rodatge, edició i subtítols en tres idiomes.',
        category: 'video',
      },
    ],
  },
  {
    displayName: 'Sofía Martín',
    headline: 'Profesora de inglés',
    skills: ['Inglés', 'Formación'],
    languages: ['es', 'en'],
    services: [{ title: 'Clases de inglés para empresas', summary: 'Grupos reducidos en vuestra oficina o en línea.', category: 'training' }],
  },
  {
    displayName: 'Jordina Pujol',
    businessName: 'Pujol Events',
    headline: "Organitzadora d'esdeveniments",
    skills: ['Esdeveniments', 'Càtering'],
    languages: ['ca'],
    services: [{ title: "Organització d'esdeveniments", summary: 'Presentacions, festes d’empresa i jornades.', category: 'events' }],
  },
];

interface SeedPost {
  author: string;
  kind: 'article' | 'tip' | 'talk';
  title: string;
  body: string;
  tags: string[];
  status?: 'draft';
}

/** What some of them wrote: Catalan, Spanish and English posts, with near misses in bodies and a draft that must stay out. */
const POSTS: SeedPost[] = [
  {
    author: 'Marta Soler',
    kind: 'article',
    title: 'Com triar una tipografia per a una marca de barri',
    body: 'Dues famílies com a màxim, i que es llegeixin bé en un rètol.',
    tags: ['Tipografia', 'Branding'],
  },
  {
    author: 'Lucía Fernández',
    kind: 'tip',
    title: 'Fotografía de producto con luz natural',
    body: 'Una ventana grande y un reflector de cartón bastan.',
    tags: ['Fotografía'],
  },
  {
    author: 'Jordi Puig',
    kind: 'article',
    title: 'Migrar de WordPress a un lloc estàtic',
    body: 'Les fotografies i la tipografia pesen menys del que sembla; el que pesa són els plugins.',
    tags: ['WordPress'],
  },
  {
    author: 'Emma Wilson',
    kind: 'article',
    title: 'How to write a newsletter people actually open',
    body: 'One idea per issue, a subject line that promises it, and a single link.',
    tags: ['Copywriting', 'Email'],
  },
  {
    author: 'Pau Vidal',
    kind: 'tip',
    title: 'Recordatori: declaració trimestral de l’IVA',
    body: 'El model 303 es presenta de l’1 al 20 del mes següent.',
    tags: ['Fiscalitat', 'Autònoms'],
  },
  {
    author: 'Sergio Molina',
    kind: 'article',
    title: 'Auditoría SEO en una tarde',
    body: 'Empieza por la velocidad y por los títulos; el resto puede esperar.',
    tags: ['SEO'],
  },
  { author: 'David Chen', kind: 'article', title: 'Tipografia tipografia tipografia', body: 'Tipografia.', tags: ['Tipografia'], status: 'draft' },
];

type Where = 'members' | 'search.members' | 'search.services' | 'search.posts';

/** Each query, where it is asked, and what must come first. */
const RELEVANCE: [query: string, where: Where, top: string, why: string][] = [
  ['diseno', 'search.services', 'Diseño web', 'es, accents folded: a service title'],
  ['diseño', 'members', 'Carlos Ruiz', 'es: his service title and headline'],
  ['disseny', 'search.services', 'Disseny gràfic', 'ca: a title beats the category every design service carries'],
  ['disseny', 'members', 'Marta Soler', 'ca: skill and service title'],
  ['foto', 'search.services', 'Fotografía de producto', 'a prefix finds «fotografía»'],
  ['foto', 'members', 'Lucía Fernández', 'her skill outranks a description that mentions photography'],
  ['fotografia', 'search.members', 'Lucía Fernández', 'ca spelling of an es word'],
  ['photography', 'members', 'Lucía Fernández', 'en: the category name'],
  ['Jordy Puig', 'members', 'Jordi Puig', 'a typo in a name'],
  ['Sergi Molina', 'search.members', 'Sergio Molina', 'the Catalan form of a Spanish name'],
  ['wordpress', 'members', 'Carlos Ruiz', 'a skill outranks a mention in a description'],
  ['contractes', 'search.services', 'Revisió de contractes', 'a service title outranks a description'],
  ['google ads', 'search.services', 'Campañas de Google Ads', 'two words, es'],
  ['google ads', 'members', 'Sergio Molina', 'two words: skill and service'],
  ['copywriting startups', 'search.services', 'English copywriting for startups', 'en, two words'],
  ['machine learning', 'members', 'David Chen', 'en skill'],
  ['data dashboards', 'search.members', 'David Chen', 'en service title'],
  ['translation', 'members', 'Emma Wilson', 'en skill'],
  ['assessoria fiscal', 'search.services', 'Assessoria fiscal per a autònoms', 'ca, two words'],
  ['il·lustració', 'members', 'Marta Soler', 'ca middle dot'],
  ['interiorisme oficines', 'search.services', "Projectes d'interiorisme per a oficines", 'ca, two words'],
  ['clases ingles', 'search.services', 'Clases de inglés para empresas', 'es, no accents'],
  ['clases de inglés', 'members', 'Sofía Martín', 'es, with a stop word'],
  ['redes sociales', 'search.services', 'Gestión de redes sociales', 'es'],
  ['video corporatiu', 'search.services', 'Vídeos corporatius', 'ca, accent folded'],
  ['advocada', 'members', 'Núria Camps', 'ca headline'],
  ['esdeveniments', 'members', 'Jordina Pujol', 'ca skill and category'],
  ['Lucia', 'members', 'Lucía Fernández', 'a name without its accent'],
  ['tipografia', 'search.posts', 'Com triar una tipografia per a una marca de barri', 'ca: a title beats a mention in a body, and a draft stays out'],
  ['fotografia', 'search.posts', 'Fotografía de producto con luz natural', 'es title found by its ca spelling'],
  ['newsletter', 'search.posts', 'How to write a newsletter people actually open', 'en title'],
  ['declaracio trimestral', 'search.posts', 'Recordatori: declaració trimestral de l’IVA', 'ca, two words, accents folded'],
  ['autonoms', 'search.posts', 'Recordatori: declaració trimestral de l’IVA', 'ca tag, accent folded'],
  ['auditoria seo', 'search.posts', 'Auditoría SEO en una tarde', 'es, without accents'],
  ['wordpress', 'search.posts', 'Migrar de WordPress a un lloc estàtic', 'a post title, while the members search still puts Carlos Ruiz first'],
];

describe('search relevance', () => {
  let t: TestApp;
  let client: TestClient;

  beforeAll(async () => {
    t = await startTestApp();
    for (const { services, ...member } of COMMUNITY) {
      const created = await createMember(t.dataSource, member);
      for (const [position, service] of services.entries()) {
        await t.dataSource.query(
          `INSERT INTO services (member_id, title, summary, description, category_id, tags, position)
           VALUES ($1, $2, $3, $4, (SELECT id FROM service_categories WHERE slug = $5), $6::text[], $7)`,
          [created.id, service.title, service.summary, service.description ?? null, service.category, service.tags ?? [], position],
        );
      }
    }
    for (const post of POSTS) {
      await t.dataSource.query(
        `INSERT INTO posts (author_id, kind, title, body, tags, status, published_at)
         SELECT id, $2, $3, $4, $5::text[], $6::text, CASE WHEN $6::text = 'published' THEN now() END FROM members WHERE display_name = $1`,
        [post.author, post.kind, post.title, post.body, post.tags, post.status ?? 'published'],
      );
    }
    const viewer = await createMember(t.dataSource, { displayName: 'Zz Viewer' });
    client = t.client();
    await client.signIn(viewer.email, FACTORY_PASSWORD);
  });
  afterAll(() => t.close());

  it.each(RELEVANCE)('«%s» in %s puts %s first (%s)', async (query, where, top) => {
    const q = encodeURIComponent(query);
    let titles: string[];
    if (where === 'members') {
      const answer = await client.get(`/api/members?q=${q}&limit=5`);
      expect(answer.status).toBe(200);
      titles = answer.body.items.map((item: { displayName: string }) => item.displayName);
    } else {
      const answer = await client.get(`/api/search?q=${q}&limit=5`);
      expect(answer.status).toBe(200);
      titles =
        where === 'search.members'
          ? answer.body.members.map((item: { displayName: string }) => item.displayName)
          : answer.body[where === 'search.posts' ? 'posts' : 'services'].map((item: { title: string }) => item.title);
    }
    expect(titles[0]).toBe(top);
  });

  it('gives the directory and the search the same member ranking', async () => {
    const fromDirectory = (await client.get('/api/members?q=disseny&limit=5')).body.items.map((item: { id: string }) => item.id);
    const fromSearch = (await client.get('/api/search?q=disseny&limit=5')).body.members.map((item: { id: string }) => item.id);
    expect(fromSearch).toEqual(fromDirectory);
  });

  it('pages through ranked results with an opaque cursor, without gaps or repeats', async () => {
    const all = (await client.get('/api/members?q=web&limit=100')).body.items.map((item: { id: string }) => item.id);
    expect(all.length).toBeGreaterThan(2);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await client.get(
        `/api/members?q=web&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    // A cursor of the alphabetical list means nothing to a ranked one, and the other way round.
    const alphabetical = (await client.get('/api/members?limit=1')).body.nextCursor as string;
    expect((await client.get(`/api/members?q=web&cursor=${alphabetical}`)).status).toBe(400);
    const ranked = (await client.get('/api/members?q=web&limit=1')).body.nextCursor as string;
    expect((await client.get(`/api/members?cursor=${ranked}`)).status).toBe(400);
  });

  it('combines a query with the skill, language and category filters', async () => {
    const names = async (path: string) =>
      (await client.get(path)).body.items.map((item: { displayName: string }) => item.displayName) as string[];
    expect(await names('/api/members?q=web&language=ca')).toEqual(expect.arrayContaining(['Jordi Puig']));
    expect(await names('/api/members?q=web&language=ca')).not.toContain('Carlos Ruiz');
    expect(await names('/api/members?skill=seo')).toEqual(['Emma Wilson', 'Sergio Molina']);
    expect(await names('/api/members?q=seo&skill=google%20ads')).toEqual(['Sergio Molina']);
    const categories = (await client.get('/api/service-categories')).body.items as { id: string; slug: string }[];
    const design = categories.find((category) => category.slug === 'design')!.id;
    expect(await names(`/api/members?category=${design}`)).toEqual(['Carlos Ruiz', 'Marta Soler']);
    expect(await names('/api/members?q=wordpress')).toEqual(['Carlos Ruiz', 'Jordi Puig']);
    expect(await names(`/api/members?q=wordpress&category=${design}`)).toEqual(['Carlos Ruiz']);
    expect(await names('/api/members?q=%21%21%21')).toEqual([]);
  });

  it('shows each card with its first three visible services and the search with whole services', async () => {
    const card = (await client.get('/api/members?q=Sergio')).body.items[0];
    expect(card.topServices.map((service: { title: string }) => service.title)).toEqual(['Campañas de Google Ads', 'Auditoría SEO']);
    expect(card.skills).toEqual(['SEO', 'Google Ads', 'Analítica web']);
    const service = (await client.get('/api/search?q=auditoria')).body.services[0];
    expect(service).toMatchObject({ title: 'Auditoría SEO', owner: { displayName: 'Sergio Molina' }, category: { slug: 'marketing' } });
    expect((await client.get('/api/search')).status).toBe(400);
    expect((await client.get('/api/search?q=x&limit=50')).status).toBe(400);
  });
});
