import type { Locale, MemberRole } from '@tertulia/domain';

export const DEMO_PASSWORD = 'tertulia-demo';
export const DEMO_MANAGER_EMAIL = 'montse.vidal@tertulia.example';

export interface DemoMember {
  displayName: string;
  email: string;
  role: MemberRole;
  businessName: string;
  headline: string;
  locale: Locale;
  /** Months since they joined the coworking. */
  monthsHere: number;
}

const member = (
  displayName: string,
  businessName: string,
  headline: string,
  locale: Locale,
  monthsHere: number,
  role: MemberRole = 'member',
): DemoMember => ({
  displayName,
  email: `${displayName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')}@tertulia.example`,
  role,
  businessName,
  headline,
  locale,
  monthsHere,
});

/** A believable coworking in Barcelona: Catalan and Spanish names, small businesses that could work together. */
export const DEMO_COMMUNITY: DemoMember[] = [
  member('Montse Vidal', 'Espai Tertulia', 'Gestora del coworking: et presento qui et pot ajudar', 'ca', 60, 'manager'),
  member('Jordi Puig', 'Puig Disseny', 'Disseny gràfic i identitat de marca per a petits negocis', 'ca', 48),
  member('Laia Ferrer', 'Ferrer Advocats', 'Advocada mercantil: contractes, societats i startups', 'ca', 40),
  member('Marc Soler', 'Codi Clar', 'Desenvolupament web a mida amb React i Node', 'ca', 36),
  member('Núria Roca', 'Roca Fotografia', 'Fotografia de producte i retrat corporatiu', 'ca', 30),
  member('Pau Martí', 'Martí Comptables', 'Comptabilitat i fiscalitat per a autònoms', 'ca', 28),
  member('Anna Serra', 'Serra Traduccions', 'Traducció jurídica i tècnica: català, castellà, anglès', 'ca', 26),
  member('Oriol Costa', 'Costa UX', 'Recerca d’usuaris i disseny d’experiència', 'ca', 24),
  member('Mireia Casals', 'Casals Comunicació', 'Comunicació i premsa per a projectes culturals', 'ca', 22),
  member('Gerard Vila', 'Vila Vídeo', 'Vídeo corporatiu i contingut per a xarxes', 'ca', 20),
  member('Clara Pons', 'Pons Nutrició', 'Dietista-nutricionista: empreses saludables', 'ca', 18),
  member('Arnau Riera', 'Riera Arquitectura', 'Arquitectura i reformes d’oficines', 'ca', 16),
  member('Berta Camps', 'Camps Idiomes', 'Classes d’anglès per a professionals', 'ca', 14),
  member('Xavier Mas', 'Mas Consultoria', 'Estratègia i finançament per a startups', 'ca', 12),
  member('Marta Grau', 'Grau Il·lustració', 'Il·lustració editorial i infografies', 'ca', 10),
  member('Lucía García', 'García Marketing', 'Marketing digital y SEO para pymes', 'es', 44),
  member('Javier Fernández', 'Fernández Abogados', 'Abogado laboralista: contratos y despidos', 'es', 38),
  member('Carmen López', 'López Eventos', 'Organización de eventos corporativos', 'es', 34),
  member('Alejandro Martínez', 'Datos Claros', 'Análisis de datos y cuadros de mando', 'es', 32),
  member('Elena Sánchez', 'Sánchez Psicología', 'Psicóloga: bienestar y prevención del estrés laboral', 'es', 27),
  member('David Romero', 'Romero Apps', 'Aplicaciones móviles iOS y Android', 'es', 25),
  member('Paula Navarro', 'Navarro Copy', 'Redacción publicitaria y contenidos web', 'es', 21),
  member('Sergio Torres', 'Torres Ciberseguridad', 'Auditorías de seguridad y RGPD', 'es', 19),
  member('Raquel Domínguez', 'Domínguez RRHH', 'Selección de personal y cultura de empresa', 'es', 17),
  member('Andrés Ruiz', 'Ruiz Ecommerce', 'Tiendas online con Shopify y WooCommerce', 'es', 15),
  member('Irene Moreno', 'Moreno Coaching', 'Coach de liderazgo para equipos pequeños', 'es', 13),
  member('Pablo Jiménez', 'Jiménez Audio', 'Pódcast y producción de audio', 'es', 11),
  member('Sofía Herrera', 'Herrera Branding', 'Naming y estrategia de marca', 'es', 9),
  member('Rubén Castillo', 'Castillo Finanzas', 'Asesor financiero independiente', 'es', 6),
  member('Emma Wilson', 'Wilson Language Lab', 'English copy-editing for Catalan and Spanish companies', 'en', 4),
];
