/** What each demo member tells about themself, and the services their business offers, in their own language. */

export interface DemoService {
  title: string;
  summary: string;
  description?: string;
  /** A slug of the categories the migration seeds. */
  category: string;
  tags: string[];
  pricingNote?: string;
  idealClient?: string;
}

export interface DemoProfile {
  bio: string;
  skills: string[];
  languages: string[];
  website: string;
  lookingFor: string;
  /** `MM-DD`; shown to others only with `showBirthday`. */
  birthday?: string;
  showBirthday?: boolean;
  openToCoffee?: boolean;
  services: DemoService[];
}

/** By the demo member's e-mail. */
export const DEMO_PROFILES: Record<string, DemoProfile> = {
  'montse.vidal@tertulia.example': {
    bio: `Porto l'**Espai Tertulia** des del primer dia. La meva feina és que ningú treballi sol: conec què fa cadascú i us presento quan us podeu ajudar.

- Esmorzar de networking cada dijous
- Sala de reunions i trucades
- Una comunitat de professionals que es recomanen entre ells`,
    skills: ['Gestió de comunitats', 'Networking', 'Organització d’espais', 'Atenció al client'],
    languages: ['ca', 'es', 'en', 'fr'],
    website: 'https://espai-tertulia.example',
    lookingFor: 'Professionals autònoms i equips petits que busquin un lloc on treballar i gent amb qui fer créixer el negoci.',
    birthday: '03-14',
    showBirthday: true,
    openToCoffee: true,
    services: [
      {
        title: 'Lloguer de la sala de reunions',
        summary: 'Sala per a 8 persones amb pantalla, pissarra i cafè, per hores o per dies.',
        category: 'events',
        tags: ['Sala', 'Reunions', 'Formacions'],
        pricingNote: '15 € l’hora per als membres; 25 € per a externs',
        idealClient: 'Equips que es reuneixen amb clients o fan formacions petites',
      },
    ],
  },
  'jordi.puig@tertulia.example': {
    bio: `Dissenyador gràfic amb **quinze anys d'ofici**. Crec que una bona marca és la que el client recorda sense esforç.

He treballat per a cafeteries, despatxos, cooperatives i alguna startup que ara ja no és tan petita.`,
    skills: ['Disseny gràfic', 'Identitat visual', 'Logotips', 'Tipografia', 'Illustrator', 'Figma'],
    languages: ['ca', 'es', 'en'],
    website: 'https://puigdisseny.example',
    lookingFor: 'Negocis que obren o que es renoven i volen una imatge coherent; també col·laborar amb desenvolupadors web.',
    birthday: '05-02',
    showBirthday: true,
    services: [
      {
        title: 'Disseny gràfic',
        summary: 'Identitat visual completa: logotip, paleta, tipografies i manual d’ús de la marca.',
        description: `### Què inclou\n\n1. Una sessió per entendre el negoci\n2. Tres propostes de logotip\n3. Manual de marca en PDF\n\nDues rondes de canvis incloses.`,
        category: 'design',
        tags: ['Logotip', 'Marca', 'Identitat visual', 'Manual de marca'],
        pricingNote: 'Des de 900 € el paquet bàsic',
        idealClient: 'Petits negocis que comencen o que volen renovar la imatge',
      },
      {
        title: 'Papereria i packaging',
        summary: 'Targetes, cartells, etiquetes i envasos que fan que el producte es vegi a la botiga.',
        category: 'design',
        tags: ['Packaging', 'Impremta', 'Etiquetes'],
        pricingNote: 'Pressupost per projecte',
        idealClient: 'Productors locals i botigues amb producte propi',
      },
    ],
  },
  'laia.ferrer@tertulia.example': {
    bio: `Advocada mercantil. Ajudo autònoms i startups a **començar bé**: societats, pactes de socis i contractes amb clients que s'entenen.

M'agrada explicar el dret sense paraules difícils.`,
    skills: ['Dret mercantil', 'Contractes', 'Pactes de socis', 'Startups', 'Protecció de dades'],
    languages: ['ca', 'es', 'en'],
    website: 'https://ferreradvocats.example',
    lookingFor: 'Emprenedors que munten una societat o signen el primer contracte important.',
    services: [
      {
        title: 'Revisió de contractes',
        summary: 'Llegeixo el teu contracte amb clients o proveïdors i t’assenyalo els riscos en 48 hores.',
        category: 'legal',
        tags: ['Contractes', 'Clàusules', 'Assessorament legal'],
        pricingNote: '150 € per contracte de fins a 10 pàgines',
        idealClient: 'Autònoms i pimes que signen amb clients grans',
      },
      {
        title: 'Constitució de societats',
        summary: 'Estatuts, pacte de socis i tràmits al notari i al registre, de principi a fi.',
        category: 'legal',
        tags: ['SL', 'Pacte de socis', 'Startups'],
        pricingNote: 'Des de 600 € més despeses de notaria',
        idealClient: 'Socis que comencen un projecte junts',
      },
    ],
  },
  'marc.soler@tertulia.example': {
    bio: `Programador web des de fa deu anys. Faig **webs i aplicacions a mida** amb React, Node i PostgreSQL, pensades perquè el client no en depengui per sempre.

Codi net, documentat i amb proves.`,
    skills: ['React', 'Node.js', 'TypeScript', 'PostgreSQL', 'Desenvolupament web', 'Accessibilitat'],
    languages: ['ca', 'es', 'en'],
    website: 'https://codiclar.example',
    lookingFor: 'Projectes amb un client que vulgui entendre què li construeixo; dissenyadors amb qui fer equip.',
    openToCoffee: true,
    services: [
      {
        title: 'Desenvolupament web a mida',
        summary: 'Aplicacions web amb React i Node: àrees de clients, reserves, intranets.',
        description: 'Treballo per iteracions de dues setmanes i ensenyo el que hi ha fet al final de cadascuna.',
        category: 'development',
        tags: ['React', 'Node.js', 'TypeScript', 'Aplicacions web'],
        pricingNote: '55 € l’hora o preu tancat per fases',
        idealClient: 'Pimes amb un procés que ara fan amb fulls de càlcul',
      },
      {
        title: 'Manteniment i millora de webs',
        summary: 'Actualitzacions, còpies de seguretat i petites millores mensuals de la teva web.',
        category: 'development',
        tags: ['Manteniment', 'Rendiment', 'Seguretat'],
        pricingNote: 'Des de 80 € al mes',
      },
    ],
  },
  'nuria.roca@tertulia.example': {
    bio: `Fotògrafa. Faig **fotografia de producte** per a botigues en línia i retrats corporatius amb llum natural.

Tinc un petit estudi a la segona planta: porta el producte i te'l retorno fotografiat.`,
    skills: ['Fotografia de producte', 'Retrat corporatiu', 'Retoc', 'Lightroom', 'Il·luminació'],
    languages: ['ca', 'es'],
    website: 'https://rocafotografia.example',
    lookingFor: 'Botigues en línia, marques de cosmètica i alimentació, i equips que necessiten fotos per a la web.',
    birthday: '09-21',
    showBirthday: true,
    services: [
      {
        title: 'Fotografia de producte',
        summary: 'Fotos de catàleg amb fons blanc i fotos d’ambient per a la teva botiga en línia.',
        description: `**Inclou** el retoc de cada imatge i l'exportació als formats de Shopify, Amazon i xarxes socials.`,
        category: 'photography',
        tags: ['Producte', 'Ecommerce', 'Catàleg', 'Estudi'],
        pricingNote: 'Des de 12 € per foto, mínim 20 fotos',
        idealClient: 'Botigues en línia i marques petites amb producte físic',
      },
      {
        title: 'Retrat corporatiu',
        summary: 'Retrats per a la web i LinkedIn, a l’estudi o a la vostra oficina.',
        category: 'photography',
        tags: ['Retrat', 'LinkedIn', 'Equips'],
        pricingNote: '90 € per persona; preus per equips',
      },
    ],
  },
  'pau.marti@tertulia.example': {
    bio: `Economista i assessor fiscal. Porto la **comptabilitat de més de cent autònoms** i sé que el que volen és no tenir sorpreses a final de trimestre.

Tot en línia: m'envies les factures i jo m'encarrego de la resta.`,
    skills: ['Comptabilitat', 'Fiscalitat', 'IVA', 'IRPF', 'Autònoms', 'Facturació'],
    languages: ['ca', 'es'],
    website: 'https://marticomptables.example',
    lookingFor: 'Autònoms que comencen i professionals que volen deixar de patir per Hisenda.',
    services: [
      {
        title: 'Comptabilitat per a autònoms',
        summary: 'Llibres, models trimestrals i declaració de la renda: una quota al mes i cap sorpresa.',
        description: `- Models 303, 130 i 111\n- Declaració anual\n- Resposta a requeriments d'Hisenda\n- Una trucada al trimestre per revisar números`,
        category: 'accounting',
        tags: ['Autònoms', 'Impostos', 'Trimestrals', 'Renda'],
        pricingNote: '60 € al mes, sense permanència',
        idealClient: 'Autònoms amb activitat professional o petit comerç',
      },
      {
        title: 'Alta d’autònom',
        summary: 'Et donem d’alta a Hisenda i a la Seguretat Social i t’expliquem la tarifa plana.',
        category: 'accounting',
        tags: ['Alta', 'Tarifa plana', 'Tràmits'],
        pricingNote: '90 € (gratuït si et quedes amb la quota mensual)',
      },
    ],
  },
  'anna.serra@tertulia.example': {
    bio: `Traductora jurada d'anglès. Tradueixo **documents jurídics i tècnics** entre el català, el castellà i l'anglès.

Abans de ser autònoma vaig treballar sis anys en un despatx internacional.`,
    skills: ['Traducció jurada', 'Traducció jurídica', 'Traducció tècnica', 'Correcció', 'SDL Trados'],
    languages: ['ca', 'es', 'en', 'de'],
    website: 'https://serratraduccions.example',
    lookingFor: 'Despatxos d’advocats, enginyeries i empreses que exporten.',
    services: [
      {
        title: 'Traducció jurada',
        summary: 'Traduccions jurades d’anglès amb validesa oficial: títols, escriptures, sentències.',
        category: 'translation',
        tags: ['Jurada', 'Anglès', 'Documents oficials'],
        pricingNote: 'Des de 0,12 € per paraula, mínim 40 €',
        idealClient: 'Particulars i empreses que presenten documents a l’estranger',
      },
      {
        title: 'Traducció jurídica i tècnica',
        summary: 'Contractes, manuals i fitxes tècniques traduïts per una especialista del sector.',
        category: 'translation',
        tags: ['Contractes', 'Manuals', 'Alemany'],
        pricingNote: 'Pressupost segons volum',
      },
    ],
  },
  'oriol.costa@tertulia.example': {
    bio: `Dissenyador d'experiència d'usuari. Parlo amb els teus usuaris abans de dibuixar res: **entrevistes, proves i prototips**.

Si la teva app té usuaris que s'hi perden, parlem-ne.`,
    skills: ['UX', 'Recerca d’usuaris', 'Prototipatge', 'Figma', 'Tests d’usabilitat'],
    languages: ['ca', 'es', 'en'],
    website: 'https://costaux.example',
    lookingFor: 'Equips de producte digital sense dissenyador i desenvolupadors que volen validar abans de programar.',
    services: [
      {
        title: 'Test d’usabilitat',
        summary: 'Cinc usuaris reals proven la teva web o app i et dic què els frena i com arreglar-ho.',
        category: 'design',
        tags: ['UX', 'Usabilitat', 'Recerca'],
        pricingNote: '1.200 € per ronda de tests',
        idealClient: 'Startups amb un producte en marxa que no converteix',
      },
      {
        title: 'Prototip interactiu',
        summary: 'Un prototip clicable a Figma per validar una idea abans d’invertir en programar-la.',
        category: 'design',
        tags: ['Figma', 'Prototip', 'Producte digital'],
        pricingNote: 'Des de 800 €',
      },
    ],
  },
  'mireia.casals@tertulia.example': {
    bio: `Periodista i consultora de comunicació. Ajudo **projectes culturals i socials** a sortir als mitjans i a explicar-se bé.

Tinc una bona agenda de periodistes de Barcelona.`,
    skills: ['Comunicació', 'Relacions amb la premsa', 'Notes de premsa', 'Xarxes socials', 'Cultura'],
    languages: ['ca', 'es', 'fr'],
    website: 'https://casalscomunicacio.example',
    lookingFor: 'Festivals, editorials, fundacions i cooperatives amb alguna cosa a explicar.',
    birthday: '11-08',
    showBirthday: false,
    services: [
      {
        title: 'Gabinet de premsa',
        summary: 'Notes de premsa, contacte amb mitjans i seguiment de l’impacte d’una estrena o campanya.',
        category: 'communication',
        tags: ['Premsa', 'Mitjans', 'Cultura'],
        pricingNote: 'Des de 700 € per campanya',
        idealClient: 'Projectes culturals amb una estrena o un llançament',
      },
    ],
  },
  'gerard.vila@tertulia.example': {
    bio: `Realitzador audiovisual. Faig **vídeo corporatiu i peces curtes per a xarxes** amb un equip petit i àgil.

Gravo, munto i entrego en una setmana.`,
    skills: ['Vídeo', 'Edició', 'Premiere', 'After Effects', 'Drons', 'Reels'],
    languages: ['ca', 'es'],
    website: 'https://vilavideo.example',
    lookingFor: 'Marques que volen explicar-se en vídeo i agències que necessiten un realitzador de confiança.',
    openToCoffee: true,
    services: [
      {
        title: 'Vídeo corporatiu',
        summary: 'Un vídeo de dos minuts que explica què fa la teva empresa, amb entrevistes i recursos.',
        category: 'video',
        tags: ['Corporatiu', 'Entrevistes', 'Edició'],
        pricingNote: 'Des de 1.500 €',
        idealClient: 'Empreses que estrenen web o busquen inversió',
      },
      {
        title: 'Reels i vídeos per a xarxes',
        summary: 'Un dia de gravació i deu peces verticals llestes per publicar a Instagram i TikTok.',
        category: 'video',
        tags: ['Reels', 'Instagram', 'TikTok', 'Xarxes socials'],
        pricingNote: '650 € el paquet de deu vídeos',
      },
    ],
  },
  'clara.pons@tertulia.example': {
    bio: `Dietista-nutricionista. Porto la **nutrició a les empreses**: tallers, menús i acompanyament individual.

Menjar bé a la feina no hauria de ser un esforç.`,
    skills: ['Nutrició', 'Salut laboral', 'Tallers', 'Menús saludables'],
    languages: ['ca', 'es', 'en'],
    website: 'https://ponsnutricio.example',
    lookingFor: 'Empreses i coworkings que cuiden la salut del seu equip.',
    services: [
      {
        title: 'Tallers de nutrició per a equips',
        summary: 'Una hora pràctica sobre com menjar bé a la feina, amb receptes fàcils de carmanyola.',
        category: 'wellbeing',
        tags: ['Nutrició', 'Tallers', 'Empreses'],
        pricingNote: '250 € per taller',
        idealClient: 'Equips de 10 a 50 persones',
      },
      {
        title: 'Consulta de nutrició',
        summary: 'Primera visita i seguiment mensual, presencial al coworking o en línia.',
        category: 'wellbeing',
        tags: ['Consulta', 'Dieta', 'Seguiment'],
        pricingNote: '60 € la primera visita, 40 € el seguiment',
      },
    ],
  },
  'arnau.riera@tertulia.example': {
    bio: `Arquitecte. Dissenyo i dirigeixo **reformes d'oficines, botigues i locals**, amb pressupostos que es compleixen.

Els espais on treballem canvien com treballem.`,
    skills: ['Arquitectura', 'Interiorisme', 'Reformes', 'Llicències d’activitat', 'AutoCAD'],
    languages: ['ca', 'es', 'it'],
    website: 'https://rieraarquitectura.example',
    lookingFor: 'Negocis que obren local o renoven l’oficina.',
    services: [
      {
        title: 'Reforma d’oficines i locals',
        summary: 'Projecte, llicència i direcció d’obra perquè obris a temps i dins del pressupost.',
        category: 'architecture',
        tags: ['Reformes', 'Locals', 'Llicències', 'Interiorisme'],
        pricingNote: 'Honoraris segons superfície; primera visita gratuïta',
        idealClient: 'Comerços i despatxos que obren o canvien d’espai',
      },
    ],
  },
  'berta.camps@tertulia.example': {
    bio: `Professora d'anglès amb certificat CELTA. Classes **per a professionals**: reunions, presentacions i correus que sonen naturals.

Grups petits al coworking a l'hora de dinar.`,
    skills: ['Anglès', 'Formació', 'Business English', 'Presentacions'],
    languages: ['ca', 'es', 'en'],
    website: 'https://campsidiomes.example',
    lookingFor: 'Professionals que treballen amb clients internacionals.',
    birthday: '07-30',
    showBirthday: true,
    services: [
      {
        title: 'Business English en grup',
        summary: 'Classes de 4 persones dos migdies per setmana, centrades en reunions i presentacions.',
        category: 'training',
        tags: ['Anglès', 'Classes', 'Negocis'],
        pricingNote: '90 € al mes',
        idealClient: 'Professionals amb nivell intermedi que volen guanyar fluïdesa',
      },
      {
        title: 'Preparació de presentacions en anglès',
        summary: 'Assajos individuals abans d’una presentació, un pitch o una entrevista important.',
        category: 'training',
        tags: ['Pitch', 'Presentacions', 'Anglès'],
        pricingNote: '45 € la sessió',
      },
    ],
  },
  'xavier.mas@tertulia.example': {
    bio: `Economista amb vint anys a la banca i ara consultor independent. Ajudo **startups i pimes a finançar-se**: pla de negoci, subvencions i inversors.

Sé com llegeix un banc el teu pla.`,
    skills: ['Estratègia', 'Finançament', 'Pla de negoci', 'Subvencions', 'Inversors'],
    languages: ['ca', 'es', 'en'],
    website: 'https://masconsultoria.example',
    lookingFor: 'Startups en fase de llavor i pimes que volen créixer.',
    services: [
      {
        title: 'Pla de negoci i finançament',
        summary: 'Un pla financer creïble per presentar al banc, a ENISA o a inversors privats.',
        category: 'consulting',
        tags: ['Pla de negoci', 'ENISA', 'Préstecs', 'Startups'],
        pricingNote: 'Des de 1.200 €',
        idealClient: 'Fundadors que busquen la primera ronda o un préstec',
      },
      {
        title: 'Cerca de subvencions',
        summary: 'Trobo les ajudes públiques que et toquen i preparo la sol·licitud amb tu.',
        category: 'consulting',
        tags: ['Subvencions', 'Ajudes públiques'],
        pricingNote: 'Tarifa fixa més un percentatge de l’ajuda concedida',
      },
    ],
  },
  'marta.grau@tertulia.example': {
    bio: `Il·lustradora. Dibuixo per a **editorials, revistes i empreses** que volen explicar dades complicades amb imatges.

Treballo a mà i en digital.`,
    skills: ['Il·lustració', 'Infografies', 'Procreate', 'Llibres infantils', 'Visualització'],
    languages: ['ca', 'es', 'en'],
    website: 'https://grauillustracio.example',
    lookingFor: 'Editorials, mitjans i equips de comunicació que necessiten imatges pròpies.',
    openToCoffee: true,
    services: [
      {
        title: 'Il·lustració editorial',
        summary: 'Il·lustracions per a llibres, revistes i blogs, amb un estil propi i càlid.',
        category: 'design',
        tags: ['Il·lustració', 'Editorial', 'Llibres'],
        pricingNote: 'Des de 150 € per il·lustració',
        idealClient: 'Editorials i mitjans',
      },
      {
        title: 'Infografies',
        summary: 'Converteixo un informe o unes dades en una infografia que la gent llegeix fins al final.',
        category: 'design',
        tags: ['Infografia', 'Dades', 'Informes'],
        pricingNote: 'Des de 400 €',
      },
    ],
  },
  'lucia.garcia@tertulia.example': {
    bio: `Consultora de **marketing digital y SEO** para pymes. Diez años ayudando a negocios locales a aparecer cuando alguien los busca.

Nada de humo: te explico qué funciona y lo medimos.`,
    skills: ['SEO', 'Marketing digital', 'Google Ads', 'Analítica', 'Estrategia de contenidos'],
    languages: ['es', 'ca', 'en'],
    website: 'https://garciamarketing.example',
    lookingFor: 'Pymes y tiendas online que quieren más clientes desde Google.',
    birthday: '04-17',
    showBirthday: true,
    openToCoffee: true,
    services: [
      {
        title: 'Posicionamiento SEO',
        summary: 'Auditoría SEO, palabras clave y plan de contenidos para subir en Google en seis meses.',
        description: `### Cómo trabajo\n\n1. Auditoría técnica\n2. Investigación de palabras clave\n3. Plan de contenidos mensual\n4. Informe mensual con resultados`,
        category: 'marketing',
        tags: ['SEO', 'Google', 'Contenidos', 'Auditoría'],
        pricingNote: 'Desde 450 € al mes',
        idealClient: 'Pymes con web propia que no reciben visitas',
      },
      {
        title: 'Campañas de Google Ads',
        summary: 'Campañas de búsqueda rentables, con seguimiento de conversiones desde el primer día.',
        category: 'marketing',
        tags: ['Google Ads', 'SEM', 'Publicidad'],
        pricingNote: '300 € al mes más la inversión en anuncios',
      },
      {
        title: 'Marketing digital para pymes',
        summary: 'Un plan de marketing realista para tres meses, con las acciones que puedes hacer tú.',
        category: 'marketing',
        tags: ['Estrategia', 'Plan de marketing', 'Redes sociales'],
        pricingNote: '600 € el plan',
      },
    ],
  },
  'javier.fernandez@tertulia.example': {
    bio: `Abogado **laboralista** desde hace quince años. Asesoro a empresas pequeñas en contratación, despidos e inspecciones.

Prefiero prevenir un conflicto que ganarlo en el juzgado.`,
    skills: ['Derecho laboral', 'Contratos de trabajo', 'Despidos', 'Inspección de trabajo', 'Convenios'],
    languages: ['es', 'ca'],
    website: 'https://fernandezabogados.example',
    lookingFor: 'Autónomos y pymes que contratan a su primer empleado.',
    services: [
      {
        title: 'Asesoría laboral para pymes',
        summary: 'Contratos, nóminas, despidos y dudas del día a día con un abogado que contesta rápido.',
        category: 'legal',
        tags: ['Laboral', 'Contratos', 'Despidos', 'Nóminas'],
        pricingNote: 'Iguala desde 120 € al mes',
        idealClient: 'Empresas de 1 a 20 trabajadores',
      },
      {
        title: 'Primer empleado sin sustos',
        summary: 'Te ayudo a elegir el contrato, calcular el coste real y darlo de alta bien.',
        category: 'legal',
        tags: ['Contratación', 'Autónomos'],
        pricingNote: '180 €',
      },
    ],
  },
  'carmen.lopez@tertulia.example': {
    bio: `Organizo **eventos corporativos** desde hace doce años: presentaciones, aniversarios, jornadas de equipo.

Me ocupo de todo para que tú solo tengas que presentarte.`,
    skills: ['Organización de eventos', 'Producción', 'Catering', 'Proveedores', 'Protocolo'],
    languages: ['es', 'ca', 'en'],
    website: 'https://lopezeventos.example',
    lookingFor: 'Empresas que celebran algo y no tienen tiempo de organizarlo.',
    services: [
      {
        title: 'Organización de eventos corporativos',
        summary: 'Espacio, catering, audiovisuales y el guion del día, de la idea a la recogida.',
        category: 'events',
        tags: ['Eventos', 'Catering', 'Producción'],
        pricingNote: 'Presupuesto según evento; honorarios desde 800 €',
        idealClient: 'Empresas de 20 a 200 personas',
      },
      {
        title: 'Jornadas de equipo',
        summary: 'Un día fuera de la oficina con actividades que de verdad unen al equipo.',
        category: 'events',
        tags: ['Team building', 'Equipos'],
        pricingNote: 'Desde 45 € por persona',
      },
    ],
  },
  'alejandro.martinez@tertulia.example': {
    bio: `Analista de datos. Convierto las hojas de cálculo de tu empresa en **cuadros de mando** que se entienden a primera vista.

Trabajo con Power BI, Looker Studio, Python y SQL.`,
    skills: ['Análisis de datos', 'Power BI', 'SQL', 'Python', 'Looker Studio'],
    languages: ['es', 'en'],
    website: 'https://datosclaros.example',
    lookingFor: 'Empresas que deciden a ojo y querrían hacerlo con datos.',
    services: [
      {
        title: 'Cuadros de mando',
        summary: 'Un cuadro de mando con las cifras que importan, actualizado solo cada mañana.',
        category: 'data',
        tags: ['Power BI', 'Looker Studio', 'KPI', 'Informes'],
        pricingNote: 'Desde 1.000 €',
        idealClient: 'Pymes con datos en varias herramientas',
      },
      {
        title: 'Automatización de informes',
        summary: 'Dejo de copiar y pegar por ti: informes que se generan y se envían solos.',
        category: 'data',
        tags: ['Python', 'Automatización', 'Excel'],
        pricingNote: '50 € la hora',
      },
    ],
  },
  'elena.sanchez@tertulia.example': {
    bio: `Psicóloga sanitaria. Trabajo el **bienestar emocional** con profesionales y equipos: estrés, ansiedad y equilibrio entre vida y trabajo.

Consulta en el coworking y en línea.`,
    skills: ['Psicología', 'Gestión del estrés', 'Mindfulness', 'Prevención de riesgos psicosociales'],
    languages: ['es', 'ca'],
    website: 'https://sanchezpsicologia.example',
    lookingFor: 'Profesionales con mucha carga y empresas que cuidan a su equipo.',
    services: [
      {
        title: 'Terapia individual',
        summary: 'Sesiones de 50 minutos para trabajar el estrés, la ansiedad o el agotamiento.',
        category: 'wellbeing',
        tags: ['Terapia', 'Estrés', 'Ansiedad'],
        pricingNote: '65 € la sesión',
        idealClient: 'Autónomos y profesionales con mucha presión',
      },
      {
        title: 'Talleres de gestión del estrés',
        summary: 'Talleres prácticos para equipos sobre estrés, descanso y límites sanos.',
        category: 'wellbeing',
        tags: ['Talleres', 'Empresas', 'Mindfulness'],
        pricingNote: '300 € por taller',
      },
    ],
  },
  'david.romero@tertulia.example': {
    bio: `Desarrollador de **aplicaciones móviles** nativas y multiplataforma. He publicado más de veinte apps en las tiendas.

Flutter, Swift y Kotlin.`,
    skills: ['Flutter', 'Swift', 'Kotlin', 'Apps móviles', 'Firebase'],
    languages: ['es', 'en'],
    website: 'https://romeroapps.example',
    lookingFor: 'Negocios que quieren su propia app y diseñadores de producto.',
    services: [
      {
        title: 'Desarrollo de apps móviles',
        summary: 'Tu app para iOS y Android con Flutter, publicada en las tiendas y con mantenimiento.',
        category: 'development',
        tags: ['Flutter', 'iOS', 'Android', 'Apps'],
        pricingNote: 'Desde 6.000 € un MVP',
        idealClient: 'Startups con un MVP por construir',
      },
    ],
  },
  'paula.navarro@tertulia.example': {
    bio: `Redactora publicitaria. Escribo **textos que venden sin parecer que venden**: webs, newsletters, fichas de producto.

Antes de escribir, escucho.`,
    skills: ['Copywriting', 'Redacción web', 'Newsletters', 'Storytelling', 'Tono de marca'],
    languages: ['es', 'ca', 'en'],
    website: 'https://navarrocopy.example',
    lookingFor: 'Marcas con buen producto y textos que no le hacen justicia.',
    birthday: '12-03',
    showBirthday: true,
    services: [
      {
        title: 'Textos para tu web',
        summary: 'Reescribo tu web para que se entienda qué haces y por qué elegirte, optimizada para SEO.',
        category: 'marketing',
        tags: ['Copywriting', 'Web', 'SEO'],
        pricingNote: 'Desde 90 € por página',
        idealClient: 'Profesionales y pymes que estrenan o renuevan web',
      },
      {
        title: 'Newsletter mensual',
        summary: 'Una newsletter al mes que tus clientes abren con ganas, escrita con tu voz.',
        category: 'communication',
        tags: ['Newsletter', 'Email marketing', 'Contenidos'],
        pricingNote: '250 € al mes',
      },
    ],
  },
  'sergio.torres@tertulia.example': {
    bio: `Consultor de **ciberseguridad** y protección de datos. Reviso tus sistemas antes de que lo haga alguien con peores intenciones.

Certificado CISA y delegado de protección de datos.`,
    skills: ['Ciberseguridad', 'RGPD', 'Auditorías', 'Pentesting', 'Copias de seguridad'],
    languages: ['es', 'en'],
    website: 'https://torresciber.example',
    lookingFor: 'Pymes y despachos que guardan datos de clientes.',
    services: [
      {
        title: 'Auditoría de seguridad',
        summary: 'Reviso tu red, tus equipos y tus contraseñas y te entrego un plan de mejoras priorizado.',
        category: 'consulting',
        tags: ['Ciberseguridad', 'Auditoría', 'Pentesting'],
        pricingNote: 'Desde 900 €',
        idealClient: 'Pymes de 5 a 50 empleados',
      },
      {
        title: 'Adaptación al RGPD',
        summary: 'Registro de actividades, cláusulas y contratos de encargo: cumplir sin dramas.',
        category: 'legal',
        tags: ['RGPD', 'Protección de datos', 'LOPDGDD'],
        pricingNote: 'Desde 400 €',
      },
    ],
  },
  'raquel.dominguez@tertulia.example': {
    bio: `Consultora de **recursos humanos**. Ayudo a empresas pequeñas a contratar bien y a que la gente quiera quedarse.

Selección, onboarding y cultura.`,
    skills: ['Selección de personal', 'Recursos humanos', 'Onboarding', 'Cultura de empresa', 'Entrevistas'],
    languages: ['es', 'ca', 'en'],
    website: 'https://dominguezrrhh.example',
    lookingFor: 'Startups y pymes que crecen y contratan por primera vez.',
    services: [
      {
        title: 'Selección de personal',
        summary: 'Encuentro a la persona que necesitas: perfil, publicación, entrevistas y terna final.',
        category: 'consulting',
        tags: ['Selección', 'Reclutamiento', 'Entrevistas'],
        pricingNote: '15 % del salario bruto anual',
        idealClient: 'Empresas que contratan perfiles técnicos o comerciales',
      },
    ],
  },
  'andres.ruiz@tertulia.example': {
    bio: `Desarrollador de **tiendas online** con Shopify y WooCommerce. Más de sesenta tiendas lanzadas, desde cerámica hasta vino.

Diseño web que vende, rápido y fácil de gestionar.`,
    skills: ['Shopify', 'WooCommerce', 'Diseño web', 'Ecommerce', 'WordPress'],
    languages: ['es', 'ca'],
    website: 'https://ruizecommerce.example',
    lookingFor: 'Comercios que quieren vender en línea y fotógrafos o diseñadores con quien colaborar.',
    services: [
      {
        title: 'Diseño web',
        summary: 'Webs con WordPress rápidas, accesibles y fáciles de actualizar, listas en tres semanas.',
        description: `Incluye **dominio, hosting el primer año** y una formación de una hora para que la gestiones tú.`,
        category: 'development',
        tags: ['WordPress', 'Diseño web', 'Responsive'],
        pricingNote: 'Desde 1.200 €',
        idealClient: 'Profesionales y comercios sin web o con una web antigua',
      },
      {
        title: 'Tiendas online con Shopify',
        summary: 'Tu tienda online con pagos, envíos e inventario, lista para vender.',
        category: 'development',
        tags: ['Shopify', 'Ecommerce', 'Tienda online'],
        pricingNote: 'Desde 2.000 €',
        idealClient: 'Marcas con producto propio',
      },
      {
        title: 'Migración a WooCommerce',
        summary: 'Paso tu tienda de otra plataforma a WooCommerce sin perder pedidos ni posicionamiento.',
        category: 'development',
        tags: ['WooCommerce', 'Migración'],
        pricingNote: 'Presupuesto a medida',
      },
    ],
  },
  'irene.moreno@tertulia.example': {
    bio: `Coach ejecutiva certificada. Acompaño a **líderes de equipos pequeños** que acaban de pasar de hacer a dirigir.

Sesiones individuales y de equipo.`,
    skills: ['Coaching', 'Liderazgo', 'Comunicación', 'Gestión de equipos', 'Feedback'],
    languages: ['es', 'en', 'pt'],
    website: 'https://morenocoaching.example',
    lookingFor: 'Fundadores y mandos intermedios que estrenan equipo.',
    services: [
      {
        title: 'Coaching de liderazgo',
        summary: 'Seis sesiones individuales para dirigir un equipo con confianza y sin apagar fuegos.',
        category: 'training',
        tags: ['Coaching', 'Liderazgo', 'Mandos'],
        pricingNote: '540 € el programa de seis sesiones',
        idealClient: 'Personas que dirigen un equipo por primera vez',
      },
    ],
  },
  'pablo.jimenez@tertulia.example': {
    bio: `Técnico de sonido y productor. Grabo y edito **pódcasts** para marcas y divulgadores, en el estudio del coworking o donde haga falta.

Del guion a Spotify.`,
    skills: ['Pódcast', 'Edición de audio', 'Locución', 'Sonido directo'],
    languages: ['es', 'ca', 'en'],
    website: 'https://jimenezaudio.example',
    lookingFor: 'Marcas y profesionales que quieren lanzar su pódcast.',
    services: [
      {
        title: 'Producción de pódcast',
        summary: 'Grabación, edición, música y publicación de tu pódcast, episodio a episodio.',
        category: 'video',
        tags: ['Pódcast', 'Audio', 'Edición'],
        pricingNote: '180 € por episodio',
        idealClient: 'Marcas y divulgadores con algo que contar cada semana',
      },
      {
        title: 'Locuciones',
        summary: 'Locuciones en castellano y catalán para vídeos, cuñas y centralitas.',
        category: 'video',
        tags: ['Locución', 'Voz'],
        pricingNote: 'Desde 90 €',
      },
    ],
  },
  'sofia.herrera@tertulia.example': {
    bio: `Estratega de marca. Busco el **nombre y la historia** de tu marca antes de que nadie dibuje un logotipo.

Trabajo a menudo con diseñadores del coworking.`,
    skills: ['Naming', 'Branding', 'Estrategia de marca', 'Posicionamiento', 'Talleres'],
    languages: ['es', 'en', 'it'],
    website: 'https://herrerabranding.example',
    lookingFor: 'Proyectos nuevos que aún no tienen nombre y marcas que se han quedado pequeñas.',
    birthday: '06-25',
    showBirthday: true,
    services: [
      {
        title: 'Naming',
        summary: 'Un nombre para tu marca o producto, comprobado en registros y dominios.',
        category: 'marketing',
        tags: ['Naming', 'Marca', 'Registro'],
        pricingNote: 'Desde 1.500 €',
        idealClient: 'Startups y productos a punto de lanzarse',
      },
      {
        title: 'Estrategia de marca',
        summary: 'Talleres para definir propósito, público y tono, con un documento que guía todo lo demás.',
        category: 'marketing',
        tags: ['Branding', 'Posicionamiento', 'Tono de voz'],
        pricingNote: 'Desde 2.000 €',
      },
    ],
  },
  'ruben.castillo@tertulia.example': {
    bio: `Asesor financiero **independiente**: no vendo productos, cobro por consejo.

Ayudo a autónomos a ordenar sus finanzas, ahorrar para la jubilación e invertir con sentido común.`,
    skills: ['Finanzas personales', 'Inversión', 'Planes de pensiones', 'Tesorería'],
    languages: ['es'],
    website: 'https://castillofinanzas.example',
    lookingFor: 'Autónomos que ganan bien pero no saben dónde va su dinero.',
    services: [
      {
        title: 'Plan financiero para autónomos',
        summary: 'Ordenamos ingresos, impuestos y ahorro en un plan que puedes seguir cada mes.',
        category: 'accounting',
        tags: ['Finanzas', 'Ahorro', 'Jubilación', 'Autónomos'],
        pricingNote: '350 € el plan; seguimiento opcional',
        idealClient: 'Autónomos con ingresos irregulares',
      },
    ],
  },
  'emma.wilson@tertulia.example': {
    bio: `Copy-editor and translator from Bristol, in Barcelona since 2015. I make **English texts written by Catalan and Spanish companies** sound native.

Websites, reports, pitch decks and academic papers.`,
    skills: ['Copy-editing', 'Proofreading', 'Translation', 'English', 'Localisation'],
    languages: ['en', 'es', 'ca'],
    website: 'https://wilsonlanguagelab.example',
    lookingFor: 'Companies that publish in English and translators who need a native reviewer.',
    openToCoffee: true,
    services: [
      {
        title: 'English copy-editing',
        summary: 'Your English website, report or pitch deck edited by a native speaker, ready to publish.',
        category: 'translation',
        tags: ['English', 'Proofreading', 'Copy-editing'],
        pricingNote: 'From €0.03 per word',
        idealClient: 'Local companies that sell abroad',
      },
      {
        title: 'Spanish and Catalan to English translation',
        summary: 'Marketing and web content translated into natural British or American English.',
        category: 'translation',
        tags: ['Translation', 'Localisation', 'Marketing'],
        pricingNote: 'From €0.10 per word',
      },
    ],
  },
};
