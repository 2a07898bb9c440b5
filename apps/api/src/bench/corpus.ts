/**
 * Realistic, reproducible directory content for the search benchmark: members of a coworking
 * in Barcelona writing in Catalan, Spanish or English, each with a trade (its skills, headline
 * and services drawn from the same vocabulary) and about three services.
 */

export type Lang = 'ca' | 'es' | 'en';
type ByLang = Record<Lang, readonly string[]>;

/** A small, fast, seeded generator (mulberry32): the same seed fills the same directory. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** `count` different items (fewer if the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
}

const FIRST_NAMES: ByLang = {
  ca: ['Jordi', 'Montserrat', 'Núria', 'Pere', 'Laia', 'Marc', 'Mireia', 'Oriol', 'Queralt', 'Arnau', 'Roser', 'Pau', 'Aina', 'Joan', 'Meritxell', 'Xavier', 'Ester', 'Guillem', 'Neus', 'Jaume', 'Berta', 'Sergi', 'Txell', 'Martí', 'Anna', 'Ferran', 'Mariona', 'Àlex', 'Clàudia', 'Biel', 'Júlia', 'Eloi'],
  es: ['Lucía', 'Javier', 'María', 'Carlos', 'Carmen', 'Alejandro', 'Sofía', 'Pablo', 'Elena', 'Daniel', 'Paula', 'Sergio', 'Marta', 'Álvaro', 'Andrea', 'Raúl', 'Cristina', 'Iván', 'Beatriz', 'Rubén', 'Inés', 'Íñigo', 'Noelia', 'Gonzalo', 'Rocío', 'Adrián', 'Begoña', 'Héctor', 'Nerea', 'Óscar'],
  en: ['Emma', 'James', 'Olivia', 'Oliver', 'Charlotte', 'Harry', 'Amelia', 'George', 'Sophie', 'Thomas', 'Grace', 'Jack', 'Chloe', 'William', 'Hannah', 'Samuel', 'Ella', 'Daniel', 'Lucy', 'Henry', 'Isla', 'Noah', 'Freya', 'Liam'],
};

const SURNAMES: ByLang = {
  ca: ['Puig', 'Vila', 'Soler', 'Ferrer', 'Font', 'Serra', 'Pujol', 'Roca', 'Casals', 'Vidal', 'Costa', 'Sala', 'Riera', 'Bosch', 'Camps', 'Figueras', 'Mas', 'Planas', 'Roig', 'Prat', 'Vendrell', 'Arnau', 'Cornellà', 'Solé', 'Comas', 'Fàbregas', 'Batlle', 'Esteve', 'Pagès', 'Tarragó'],
  es: ['García', 'Martínez', 'López', 'Sánchez', 'González', 'Rodríguez', 'Fernández', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Navarro', 'Torres', 'Domínguez', 'Gil', 'Vázquez', 'Serrano', 'Ramos', 'Blanco', 'Castillo', 'Ortega', 'Rubio', 'Núñez'],
  en: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Clarke', 'Hughes', 'Murphy', "O'Brien", 'Kelly', 'Baker'],
};

/** A trade: what its members call themselves, their skills and services, in each language. */
interface Trade {
  category: string;
  titles: ByLang;
  skills: readonly string[];
  services: ByLang;
  topics: ByLang;
  tags: readonly string[];
  brand: readonly string[];
}

const TRADES: readonly Trade[] = [
  {
    category: 'design',
    titles: { ca: ['Dissenyadora gràfica', 'Dissenyador gràfic', 'Directora d’art', 'Il·lustradora', 'Dissenyador de marca'], es: ['Diseñadora gráfica', 'Diseñador gráfico', 'Directora de arte', 'Ilustrador', 'Diseñadora de marca'], en: ['Graphic designer', 'Art director', 'Illustrator', 'Brand designer'] },
    skills: ['Disseny gràfic', 'Diseño gráfico', 'Graphic design', 'Branding', 'Il·lustració', 'Ilustración', 'Illustration', 'Tipografia', 'Packaging', 'Adobe Illustrator', 'Figma', 'Editorial'],
    services: { ca: ['Disseny de logotip', 'Identitat visual completa', 'Disseny editorial', 'Il·lustració per a llibres', 'Disseny de packaging', 'Manual de marca'], es: ['Diseño de logotipo', 'Identidad visual completa', 'Diseño editorial', 'Ilustración para libros', 'Diseño de packaging', 'Manual de marca'], en: ['Logo design', 'Full brand identity', 'Editorial design', 'Book illustration', 'Packaging design', 'Brand guidelines'] },
    topics: { ca: ['logotips', 'catàlegs', 'cartells', 'etiquetes', 'marques', 'revistes'], es: ['logotipos', 'catálogos', 'carteles', 'etiquetas', 'marcas', 'revistas'], en: ['logos', 'catalogues', 'posters', 'labels', 'brands', 'magazines'] },
    tags: ['branding', 'logo', 'disseny', 'diseño', 'design', 'illustració', 'packaging', 'tipografia'],
    brand: ['Estudi', 'Taller', 'Studio', 'Pixel', 'Tinta', 'Traç'],
  },
  {
    category: 'development',
    titles: { ca: ['Desenvolupadora web', 'Programador full-stack', 'Enginyera de programari', 'Desenvolupador frontend'], es: ['Desarrolladora web', 'Programador full-stack', 'Ingeniera de software', 'Desarrollador móvil'], en: ['Web developer', 'Full-stack engineer', 'Software engineer', 'Frontend developer', 'Mobile developer'] },
    skills: ['React', 'TypeScript', 'Node.js', 'Python', 'Django', 'PostgreSQL', 'Desenvolupament web', 'Desarrollo web', 'Web development', 'WordPress', 'Flutter', 'Next.js', 'Vue', 'Laravel', 'Shopify', 'AWS'],
    services: { ca: ['Desenvolupament web a mida', 'Botiga en línia amb Shopify', 'Aplicació mòbil', 'Manteniment de WordPress', 'Web amb React', 'Integració d’API'], es: ['Desarrollo web a medida', 'Tienda online con Shopify', 'Aplicación móvil', 'Mantenimiento de WordPress', 'Web con React', 'Integración de API'], en: ['Custom web development', 'Shopify online store', 'Mobile app', 'WordPress maintenance', 'React web app', 'API integration'] },
    topics: { ca: ['aplicacions', 'botigues en línia', 'webs', 'intranets', 'APIs', 'automatitzacions'], es: ['aplicaciones', 'tiendas online', 'webs', 'intranets', 'APIs', 'automatizaciones'], en: ['apps', 'online shops', 'websites', 'intranets', 'APIs', 'automations'] },
    tags: ['web', 'react', 'javascript', 'typescript', 'wordpress', 'ecommerce', 'app', 'api', 'node'],
    brand: ['Code', 'Bits', 'Dev', 'Stack', 'Lab', 'Codi'],
  },
  {
    category: 'marketing',
    titles: { ca: ['Consultora de màrqueting digital', 'Especialista SEO', 'Community manager', 'Responsable de growth'], es: ['Consultora de marketing digital', 'Especialista SEO', 'Community manager', 'Experto en SEM'], en: ['Digital marketing consultant', 'SEO specialist', 'Growth marketer', 'Social media manager'] },
    skills: ['Màrqueting digital', 'Marketing digital', 'Digital marketing', 'SEO', 'SEM', 'Google Ads', 'Xarxes socials', 'Redes sociales', 'Social media', 'Email marketing', 'Analítica web', 'Copywriting', 'Inbound'],
    services: { ca: ['Auditoria SEO', 'Campanyes de Google Ads', 'Gestió de xarxes socials', 'Estratègia de màrqueting digital', 'Email màrqueting', 'Posicionament local'], es: ['Auditoría SEO', 'Campañas de Google Ads', 'Gestión de redes sociales', 'Estrategia de marketing digital', 'Email marketing', 'Posicionamiento local'], en: ['SEO audit', 'Google Ads campaigns', 'Social media management', 'Digital marketing strategy', 'Email marketing', 'Local SEO'] },
    topics: { ca: ['campanyes', 'continguts', 'posicionament', 'conversions', 'audiències'], es: ['campañas', 'contenidos', 'posicionamiento', 'conversiones', 'audiencias'], en: ['campaigns', 'content', 'rankings', 'conversions', 'audiences'] },
    tags: ['seo', 'sem', 'marketing', 'màrqueting', 'ads', 'instagram', 'linkedin', 'growth', 'newsletter'],
    brand: ['Growth', 'Impuls', 'Clic', 'Boost', 'Vent'],
  },
  {
    category: 'communication',
    titles: { ca: ['Periodista', 'Redactora de continguts', 'Responsable de comunicació', 'Copywriter'], es: ['Periodista', 'Redactora de contenidos', 'Responsable de comunicación', 'Copywriter'], en: ['Journalist', 'Content writer', 'Communications lead', 'Copywriter'] },
    skills: ['Comunicació', 'Comunicación', 'Communication', 'Redacció', 'Redacción', 'Copywriting', 'Premsa', 'Prensa', 'PR', 'Storytelling', 'Podcast'],
    services: { ca: ['Redacció de continguts per al blog', 'Notes de premsa', 'Pla de comunicació', 'Guions per a pòdcast'], es: ['Redacción de contenidos para el blog', 'Notas de prensa', 'Plan de comunicación', 'Guiones para pódcast'], en: ['Blog content writing', 'Press releases', 'Communication plan', 'Podcast scripts'] },
    topics: { ca: ['articles', 'newsletters', 'entrevistes', 'relacions amb la premsa'], es: ['artículos', 'newsletters', 'entrevistas', 'relaciones con la prensa'], en: ['articles', 'newsletters', 'interviews', 'press relations'] },
    tags: ['comunicació', 'comunicación', 'premsa', 'prensa', 'copy', 'blog', 'podcast', 'storytelling'],
    brand: ['Paraula', 'Veu', 'Letra', 'Inkwell', 'Relat'],
  },
  {
    category: 'legal',
    titles: { ca: ['Advocada', 'Advocat laboralista', 'Advocada mercantil', 'Assessor jurídic'], es: ['Abogada', 'Abogado laboralista', 'Abogada mercantil', 'Asesor jurídico'], en: ['Lawyer', 'Employment lawyer', 'Corporate lawyer', 'Legal advisor'] },
    skills: ['Dret laboral', 'Derecho laboral', 'Employment law', 'Dret mercantil', 'Derecho mercantil', 'Protecció de dades', 'Protección de datos', 'GDPR', 'Contractes', 'Contratos', 'Propietat intel·lectual', 'Startups'],
    services: { ca: ['Assessorament laboral', 'Redacció de contractes', 'Adaptació al RGPD', 'Constitució de societats', 'Registre de marques'], es: ['Asesoramiento laboral', 'Redacción de contratos', 'Adaptación al RGPD', 'Constitución de sociedades', 'Registro de marcas'], en: ['Employment advice', 'Contract drafting', 'GDPR compliance', 'Company formation', 'Trademark registration'] },
    topics: { ca: ['contractes', 'acomiadaments', 'societats', 'marques', 'pactes de socis'], es: ['contratos', 'despidos', 'sociedades', 'marcas', 'pactos de socios'], en: ['contracts', 'dismissals', 'companies', 'trademarks', 'shareholder agreements'] },
    tags: ['legal', 'laboral', 'advocada', 'abogado', 'lawyer', 'rgpd', 'gdpr', 'contractes', 'contratos'],
    brand: ['Advocats', 'Abogados', 'Legal', 'Iuris', 'Lex'],
  },
  {
    category: 'accounting',
    titles: { ca: ['Comptable', 'Assessora fiscal', 'Gestor administratiu', 'Economista'], es: ['Contable', 'Asesora fiscal', 'Gestor administrativo', 'Economista'], en: ['Accountant', 'Tax advisor', 'Bookkeeper', 'Financial controller'] },
    skills: ['Comptabilitat', 'Contabilidad', 'Accounting', 'Fiscalitat', 'Fiscalidad', 'Tax', 'Nòmines', 'Nóminas', 'Payroll', 'Autònoms', 'Autónomos', 'Finances'],
    services: { ca: ['Comptabilitat per a autònoms', 'Declaració de la renda', 'Gestió de nòmines', 'Impostos trimestrals', 'Plans financers'], es: ['Contabilidad para autónomos', 'Declaración de la renta', 'Gestión de nóminas', 'Impuestos trimestrales', 'Planes financieros'], en: ['Bookkeeping for freelancers', 'Income tax return', 'Payroll management', 'Quarterly taxes', 'Financial plans'] },
    topics: { ca: ['impostos', 'factures', 'nòmines', 'pressupostos', 'subvencions'], es: ['impuestos', 'facturas', 'nóminas', 'presupuestos', 'subvenciones'], en: ['taxes', 'invoices', 'payroll', 'budgets', 'grants'] },
    tags: ['comptable', 'contable', 'accounting', 'iva', 'renda', 'renta', 'autònoms', 'autónomos', 'fiscal'],
    brand: ['Assessors', 'Asesores', 'Números', 'Balanç', 'Ledger'],
  },
  {
    category: 'photography',
    titles: { ca: ['Fotògrafa', 'Fotògraf de producte', 'Fotoperiodista'], es: ['Fotógrafa', 'Fotógrafo de producto', 'Fotoperiodista'], en: ['Photographer', 'Product photographer', 'Photojournalist'] },
    skills: ['Fotografia', 'Fotografía', 'Photography', 'Retrat', 'Retrato', 'Portrait', 'Fotografia de producte', 'Lightroom', 'Retoc fotogràfic', 'Retoque fotográfico', 'Fotografia d’esdeveniments'],
    services: { ca: ['Fotografia de producte', 'Retrats corporatius', 'Fotografia d’esdeveniments', 'Reportatge de casament', 'Fotos per a xarxes'], es: ['Fotografía de producto', 'Retratos corporativos', 'Fotografía de eventos', 'Reportaje de boda', 'Fotos para redes'], en: ['Product photography', 'Corporate portraits', 'Event photography', 'Wedding photography', 'Photos for social media'] },
    topics: { ca: ['retrats', 'productes', 'espais', 'casaments', 'plats'], es: ['retratos', 'productos', 'espacios', 'bodas', 'platos'], en: ['portraits', 'products', 'interiors', 'weddings', 'dishes'] },
    tags: ['foto', 'fotografia', 'fotografía', 'photo', 'retrat', 'retrato', 'estudi', 'producte'],
    brand: ['Foto', 'Llum', 'Luz', 'Lens', 'Obturador'],
  },
  {
    category: 'video',
    titles: { ca: ['Realitzadora audiovisual', 'Editor de vídeo', 'Animadora 3D'], es: ['Realizadora audiovisual', 'Editor de vídeo', 'Animador 3D'], en: ['Video producer', 'Video editor', 'Motion designer'] },
    skills: ['Vídeo', 'Video', 'Edició de vídeo', 'Edición de vídeo', 'Video editing', 'Motion graphics', 'After Effects', 'Premiere', 'Animació', 'Animación', 'Dron', 'Streaming'],
    services: { ca: ['Vídeo corporatiu', 'Edició de vídeo per a YouTube', 'Animació 2D', 'Retransmissió en directe', 'Vídeos per a xarxes socials'], es: ['Vídeo corporativo', 'Edición de vídeo para YouTube', 'Animación 2D', 'Retransmisión en directo', 'Vídeos para redes sociales'], en: ['Corporate video', 'YouTube video editing', '2D animation', 'Live streaming', 'Social media videos'] },
    topics: { ca: ['anuncis', 'documentals', 'entrevistes', 'reels', 'tutorials'], es: ['anuncios', 'documentales', 'entrevistas', 'reels', 'tutoriales'], en: ['ads', 'documentaries', 'interviews', 'reels', 'tutorials'] },
    tags: ['video', 'vídeo', 'youtube', 'motion', 'animació', 'reels', 'dron', 'edició'],
    brand: ['Films', 'Frame', 'Pla', 'Plano', 'Reel'],
  },
  {
    category: 'translation',
    titles: { ca: ['Traductora', 'Intèrpret', 'Professora d’anglès'], es: ['Traductora', 'Intérprete', 'Profesor de inglés'], en: ['Translator', 'Interpreter', 'English teacher'] },
    skills: ['Traducció', 'Traducción', 'Translation', 'Interpretació', 'Interpretación', 'Localització', 'Localización', 'Localisation', 'Correcció', 'Corrección', 'Proofreading', 'Anglès', 'Inglés', 'Alemany'],
    services: { ca: ['Traducció jurada', 'Traducció de webs', 'Correcció de textos', 'Classes d’anglès', 'Interpretació de reunions'], es: ['Traducción jurada', 'Traducción de webs', 'Corrección de textos', 'Clases de inglés', 'Interpretación de reuniones'], en: ['Sworn translation', 'Website translation', 'Proofreading', 'English lessons', 'Meeting interpreting'] },
    topics: { ca: ['textos tècnics', 'webs', 'contractes', 'llibres', 'subtítols'], es: ['textos técnicos', 'webs', 'contratos', 'libros', 'subtítulos'], en: ['technical texts', 'websites', 'contracts', 'books', 'subtitles'] },
    tags: ['traducció', 'traducción', 'translation', 'idiomes', 'idiomas', 'anglès', 'inglés', 'english', 'subtítols'],
    brand: ['Traduccions', 'Traducciones', 'Lingua', 'Babel', 'Words'],
  },
  {
    category: 'consulting',
    titles: { ca: ['Consultora d’estratègia', 'Coach d’emprenedors', 'Consultor de negoci'], es: ['Consultora de estrategia', 'Coach de emprendedores', 'Consultor de negocio'], en: ['Strategy consultant', 'Startup coach', 'Business consultant'] },
    skills: ['Estratègia', 'Estrategia', 'Strategy', 'Lean startup', 'Agile', 'Scrum', 'Gestió de projectes', 'Gestión de proyectos', 'Project management', 'Coaching', 'Vendes', 'Ventas'],
    services: { ca: ['Pla de negoci', 'Mentoria per a startups', 'Gestió de projectes àgil', 'Formació en vendes'], es: ['Plan de negocio', 'Mentoría para startups', 'Gestión de proyectos ágil', 'Formación en ventas'], en: ['Business plan', 'Startup mentoring', 'Agile project management', 'Sales training'] },
    topics: { ca: ['processos', 'equips', 'inversors', 'vendes', 'objectius'], es: ['procesos', 'equipos', 'inversores', 'ventas', 'objetivos'], en: ['processes', 'teams', 'investors', 'sales', 'goals'] },
    tags: ['consultoria', 'consultoría', 'strategy', 'startup', 'agile', 'scrum', 'coaching', 'vendes'],
    brand: ['Consulting', 'Rumb', 'Rumbo', 'Compass', 'Pont'],
  },
  {
    category: 'data',
    titles: { ca: ['Analista de dades', 'Científica de dades', 'Enginyer de dades'], es: ['Analista de datos', 'Científica de datos', 'Ingeniero de datos'], en: ['Data analyst', 'Data scientist', 'Data engineer'] },
    skills: ['Python', 'SQL', 'Power BI', 'Tableau', 'Machine learning', 'Anàlisi de dades', 'Análisis de datos', 'Data analysis', 'Excel', 'Intel·ligència artificial', 'Inteligencia artificial'],
    services: { ca: ['Quadres de comandament amb Power BI', 'Anàlisi de dades de vendes', 'Models de machine learning', 'Automatització amb Python'], es: ['Cuadros de mando con Power BI', 'Análisis de datos de ventas', 'Modelos de machine learning', 'Automatización con Python'], en: ['Power BI dashboards', 'Sales data analysis', 'Machine learning models', 'Python automation'] },
    topics: { ca: ['dades', 'informes', 'prediccions', 'indicadors'], es: ['datos', 'informes', 'predicciones', 'indicadores'], en: ['data', 'reports', 'forecasts', 'metrics'] },
    tags: ['dades', 'datos', 'data', 'python', 'sql', 'bi', 'ia', 'ai', 'excel'],
    brand: ['Data', 'Dades', 'Insight', 'Quant'],
  },
  {
    category: 'architecture',
    titles: { ca: ['Arquitecta', 'Interiorista', 'Aparellador'], es: ['Arquitecta', 'Interiorista', 'Aparejador'], en: ['Architect', 'Interior designer', 'Building surveyor'] },
    skills: ['Arquitectura', 'Architecture', 'Interiorisme', 'Interiorismo', 'Interior design', 'Reformes', 'Reformas', 'AutoCAD', 'Revit', 'Render 3D', 'Eficiència energètica'],
    services: { ca: ['Projecte de reforma', 'Disseny d’interiors', 'Certificat energètic', 'Renders 3D'], es: ['Proyecto de reforma', 'Diseño de interiores', 'Certificado energético', 'Renders 3D'], en: ['Renovation project', 'Interior design', 'Energy certificate', '3D renders'] },
    topics: { ca: ['pisos', 'locals', 'oficines', 'cuines'], es: ['pisos', 'locales', 'oficinas', 'cocinas'], en: ['flats', 'shops', 'offices', 'kitchens'] },
    tags: ['arquitectura', 'interiorisme', 'interiorismo', 'reforma', 'render', 'disseny'],
    brand: ['Arquitectes', 'Arquitectos', 'Espai', 'Espacio', 'Habitat'],
  },
  {
    category: 'events',
    titles: { ca: ['Organitzadora d’esdeveniments', 'Wedding planner', 'Productor d’esdeveniments'], es: ['Organizadora de eventos', 'Wedding planner', 'Productor de eventos'], en: ['Event planner', 'Wedding planner', 'Event producer'] },
    skills: ['Esdeveniments', 'Eventos', 'Events', 'Càtering', 'Catering', 'Producció', 'Producción', 'Protocol', 'Congressos'],
    services: { ca: ['Organització d’esdeveniments corporatius', 'Planificació de casaments', 'Càtering per a empreses'], es: ['Organización de eventos corporativos', 'Planificación de bodas', 'Catering para empresas'], en: ['Corporate event planning', 'Wedding planning', 'Corporate catering'] },
    topics: { ca: ['congressos', 'presentacions', 'festes', 'jornades'], es: ['congresos', 'presentaciones', 'fiestas', 'jornadas'], en: ['conferences', 'launches', 'parties', 'workshops'] },
    tags: ['esdeveniments', 'eventos', 'events', 'catering', 'boda', 'casament'],
    brand: ['Events', 'Festa', 'Fiesta', 'Gala'],
  },
  {
    category: 'training',
    titles: { ca: ['Formadora', 'Professor de programació', 'Facilitadora'], es: ['Formadora', 'Profesor de programación', 'Facilitadora'], en: ['Trainer', 'Coding instructor', 'Facilitator'] },
    skills: ['Formació', 'Formación', 'Training', 'E-learning', 'Moodle', 'Facilitació', 'Facilitación', 'Oratòria', 'Oratoria', 'Public speaking'],
    services: { ca: ['Tallers de parlar en públic', 'Cursos en línia', 'Formació in company'], es: ['Talleres de hablar en público', 'Cursos online', 'Formación in company'], en: ['Public speaking workshops', 'Online courses', 'In-company training'] },
    topics: { ca: ['cursos', 'tallers', 'equips', 'alumnes'], es: ['cursos', 'talleres', 'equipos', 'alumnos'], en: ['courses', 'workshops', 'teams', 'students'] },
    tags: ['formació', 'formación', 'training', 'cursos', 'tallers', 'talleres', 'elearning'],
    brand: ['Aula', 'Acadèmia', 'Academia', 'Learn'],
  },
  {
    category: 'wellbeing',
    titles: { ca: ['Psicòloga', 'Professora de ioga', 'Nutricionista', 'Fisioterapeuta'], es: ['Psicóloga', 'Profesora de yoga', 'Nutricionista', 'Fisioterapeuta'], en: ['Psychologist', 'Yoga teacher', 'Nutritionist', 'Physiotherapist'] },
    skills: ['Ioga', 'Yoga', 'Mindfulness', 'Psicologia', 'Psicología', 'Psychology', 'Nutrició', 'Nutrición', 'Nutrition', 'Fisioteràpia', 'Fisioterapia', 'Benestar'],
    services: { ca: ['Classes de ioga a l’oficina', 'Teràpia individual', 'Pla de nutrició', 'Massatge terapèutic'], es: ['Clases de yoga en la oficina', 'Terapia individual', 'Plan de nutrición', 'Masaje terapéutico'], en: ['Office yoga classes', 'Individual therapy', 'Nutrition plan', 'Therapeutic massage'] },
    topics: { ca: ['estrès', 'hàbits', 'esquena', 'descans'], es: ['estrés', 'hábitos', 'espalda', 'descanso'], en: ['stress', 'habits', 'back pain', 'rest'] },
    tags: ['ioga', 'yoga', 'salut', 'salud', 'benestar', 'bienestar', 'wellbeing', 'mindfulness'],
    brand: ['Zen', 'Equilibri', 'Equilibrio', 'Balance'],
  },
];

const CLIENTS: ByLang = {
  ca: ['petites empreses', 'autònoms', 'startups', 'restaurants', 'botigues del barri', 'ONG', 'despatxos professionals', 'marques de moda'],
  es: ['pequeñas empresas', 'autónomos', 'startups', 'restaurantes', 'tiendas de barrio', 'ONG', 'despachos profesionales', 'marcas de moda'],
  en: ['small businesses', 'freelancers', 'startups', 'restaurants', 'local shops', 'non-profits', 'professional firms', 'fashion brands'],
};

const PLACES = ['Gràcia', 'Poblenou', 'Sant Antoni', 'el Born', 'Sants', 'Barcelona', 'Sabadell', 'Girona', 'Terrassa', 'Badalona'];
const YEARS = [3, 5, 8, 10, 12, 15, 20];

type Slots = { title: string; topic: string; topic2: string; client: string; place: string; years: number; service: string; skill: string };
type Template = (s: Slots) => string;

const HEADLINES: Record<Lang, readonly Template[]> = {
  ca: [(s) => `${s.title} per a ${s.client}`, (s) => `${s.title} a ${s.place}`, (s) => `${s.title} · ${s.skill}`],
  es: [(s) => `${s.title} para ${s.client}`, (s) => `${s.title} en ${s.place}`, (s) => `${s.title} · ${s.skill}`],
  en: [(s) => `${s.title} for ${s.client}`, (s) => `${s.title} in ${s.place}`, (s) => `${s.title} · ${s.skill}`],
};

const BIOS: Record<Lang, readonly Template[]> = {
  ca: [
    (s) => `Fa ${s.years} anys que treballo amb ${s.client} de ${s.place}. M’encanten els projectes de ${s.topic} i de ${s.topic2}, i sempre busco solucions senzilles.`,
    (s) => `Sóc ${s.title.toLowerCase()} i visc a ${s.place}. He treballat en ${s.topic} per a ${s.client} i m’agrada aprendre de la gent del coworking.`,
  ],
  es: [
    (s) => `Llevo ${s.years} años trabajando con ${s.client} de ${s.place}. Me encantan los proyectos de ${s.topic} y de ${s.topic2}, y siempre busco soluciones sencillas.`,
    (s) => `Soy ${s.title.toLowerCase()} y vivo en ${s.place}. He trabajado en ${s.topic} para ${s.client} y me gusta aprender de la gente del coworking.`,
  ],
  en: [
    (s) => `I have spent ${s.years} years working with ${s.client} around ${s.place}. I love projects about ${s.topic} and ${s.topic2}, and I always look for simple solutions.`,
    (s) => `I am a ${s.title.toLowerCase()} based in ${s.place}. I have worked on ${s.topic} for ${s.client} and enjoy learning from the people in the coworking.`,
  ],
};

const LOOKING_FOR: Record<Lang, readonly Template[]> = {
  ca: [(s) => `Busco col·laboracions amb ${s.client} i gent que faci ${s.topic2}.`, (s) => `Nous clients que necessitin ${s.service.toLowerCase()}.`],
  es: [(s) => `Busco colaboraciones con ${s.client} y gente que haga ${s.topic2}.`, (s) => `Nuevos clientes que necesiten ${s.service.toLowerCase()}.`],
  en: [(s) => `Looking to collaborate with ${s.client} and people who do ${s.topic2}.`, (s) => `New clients who need ${s.service.toLowerCase()}.`],
};

const SUMMARIES: Record<Lang, readonly Template[]> = {
  ca: [(s) => `${s.service} per a ${s.client}: ${s.topic} fets a mida, amb terminis clars.`, (s) => `T’ajudo amb ${s.topic} i ${s.topic2}, des de la primera idea fins al resultat final.`],
  es: [(s) => `${s.service} para ${s.client}: ${s.topic} a medida, con plazos claros.`, (s) => `Te ayudo con ${s.topic} y ${s.topic2}, desde la primera idea hasta el resultado final.`],
  en: [(s) => `${s.service} for ${s.client}: tailored ${s.topic} with clear deadlines.`, (s) => `I help you with ${s.topic} and ${s.topic2}, from the first idea to the final result.`],
};

const DESCRIPTIONS: Record<Lang, readonly Template[]> = {
  ca: [
    (s) => `## Què inclou\n\n- Una primera reunió per entendre el projecte\n- ${s.service} amb dues rondes de canvis\n- Lliurament dels fitxers finals\n\nTreballo sobretot amb ${s.client} i tinc experiència en ${s.topic} i ${s.topic2}. ${s.skill} és el meu dia a dia des de fa ${s.years} anys.`,
    (s) => `Cada projecte comença amb una conversa. Després preparo una proposta de ${s.topic}, la revisem junts i la tanquem. Eines: ${s.skill}. Preu segons l’abast; pregunta’m sense compromís.`,
  ],
  es: [
    (s) => `## Qué incluye\n\n- Una primera reunión para entender el proyecto\n- ${s.service} con dos rondas de cambios\n- Entrega de los archivos finales\n\nTrabajo sobre todo con ${s.client} y tengo experiencia en ${s.topic} y ${s.topic2}. ${s.skill} es mi día a día desde hace ${s.years} años.`,
    (s) => `Cada proyecto empieza con una conversación. Después preparo una propuesta de ${s.topic}, la revisamos juntos y la cerramos. Herramientas: ${s.skill}. Precio según el alcance; pregúntame sin compromiso.`,
  ],
  en: [
    (s) => `## What is included\n\n- A first meeting to understand the project\n- ${s.service} with two rounds of changes\n- Delivery of the final files\n\nI mostly work with ${s.client} and have experience with ${s.topic} and ${s.topic2}. ${s.skill} has been my daily work for ${s.years} years.`,
    (s) => `Every project starts with a conversation. Then I prepare a proposal for ${s.topic}, we review it together and close it. Tools: ${s.skill}. Price depends on scope; ask me anything.`,
  ],
};

const PRICING: Record<Lang, readonly string[]> = {
  ca: ['Des de 300 €', 'Preu per hores', 'Pressupost a mida', '50 € l’hora'],
  es: ['Desde 300 €', 'Precio por horas', 'Presupuesto a medida', '50 € la hora'],
  en: ['From €300', 'Hourly rate', 'Custom quote', '€50 per hour'],
};

export interface BenchMember {
  id: string;
  email: string;
  displayName: string;
  locale: Lang;
  headline: string;
  businessName: string | null;
  bio: string | null;
  website: string | null;
  lookingFor: string | null;
  skills: string[];
  languages: string[];
  directoryVisible: boolean;
  status: 'active' | 'deactivated';
  openToCoffee: boolean;
  joinedAt: Date;
}

export interface BenchService {
  id: string;
  memberId: string;
  title: string;
  summary: string;
  description: string | null;
  categorySlug: string;
  tags: string[];
  pricingNote: string | null;
  position: number;
}

function pickLang(random: Random): Lang {
  const roll = random.next();
  return roll < 0.45 ? 'ca' : roll < 0.8 ? 'es' : 'en';
}

const slugify = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Member number `index` and their services (0 to 6, about 3 on average). */
export function generateMember(random: Random, index: number): { member: BenchMember; services: BenchService[] } {
  const lang = pickLang(random);
  const trade = random.pick(TRADES);
  const first = random.pick(FIRST_NAMES[lang]);
  const surname = lang === 'en' ? random.pick(SURNAMES.en) : `${random.pick(SURNAMES[lang])} ${random.pick(SURNAMES[lang])}`;
  const displayName = `${first} ${surname}`;
  const slots = (): Slots => {
    const topics = random.sample(trade.topics[lang], 2);
    return {
      title: random.pick(trade.titles[lang]),
      topic: topics[0]!,
      topic2: topics[1] ?? topics[0]!,
      client: random.pick(CLIENTS[lang]),
      place: random.pick(PLACES),
      years: random.pick(YEARS),
      service: random.pick(trade.services[lang]),
      skill: random.pick(trade.skills),
    };
  };
  const memberSlots = slots();
  const businessName = random.chance(0.6) ? `${random.pick(trade.brand)} ${random.chance(0.5) ? surname.split(' ')[0] : random.pick(PLACES)}` : null;
  const id = crypto.randomUUID();
  const spoken = new Set<string>([lang, ...(lang === 'en' ? [] : ['es']), ...(random.chance(0.6) ? ['en'] : []), ...(random.chance(0.1) ? [random.pick(['fr', 'de', 'it', 'pt'])] : [])]);
  const member: BenchMember = {
    id,
    email: `bench-${index}@bench.tertulia.test`,
    displayName,
    locale: lang,
    headline: random.pick(HEADLINES[lang])(memberSlots),
    businessName,
    bio: random.chance(0.85) ? random.pick(BIOS[lang])(memberSlots) : null,
    website: businessName && random.chance(0.5) ? `https://${slugify(businessName)}.example` : null,
    lookingFor: random.chance(0.6) ? random.pick(LOOKING_FOR[lang])(memberSlots) : null,
    skills: random.sample(trade.skills, random.int(2, 6)),
    languages: [...spoken],
    // ~2 % hidden from the directory and ~1 % deactivated, so that the search's filters matter.
    directoryVisible: !random.chance(0.02),
    status: random.chance(0.01) ? 'deactivated' : 'active',
    openToCoffee: random.chance(0.3),
    joinedAt: new Date(Date.UTC(2015 + random.int(0, 10), random.int(0, 11), random.int(1, 28))),
  };
  const count = random.pick([0, 1, 2, 2, 3, 3, 3, 3, 4, 4, 5, 6]);
  const titles = random.sample(trade.services[lang], count);
  const services = titles.map((title, position): BenchService => {
    const s = { ...slots(), service: title };
    return {
      id: crypto.randomUUID(),
      memberId: id,
      title,
      summary: random.pick(SUMMARIES[lang])(s),
      description: random.chance(0.8) ? random.pick(DESCRIPTIONS[lang])(s) : null,
      categorySlug: trade.category,
      tags: random.sample(trade.tags, random.int(1, 4)),
      pricingNote: random.chance(0.5) ? random.pick(PRICING[lang]) : null,
      position,
    };
  });
  return { member, services };
}
