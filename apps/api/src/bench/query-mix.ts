import { searchTerms } from '@tertulia/domain';

export type QueryKind = 'one-term' | 'multi-term';

export interface BenchQuery {
  q: string;
  kind: QueryKind;
}

/** What members type into the directory, in Catalan, Spanish and English: trades, skills, names, a typo. */
const ONE_TERM = [
  'disseny', 'diseño', 'foto', 'marketing', 'advocada', 'comptable', 'react', 'seo', 'traducció', 'vídeo',
  'contable', 'abogado', 'python', 'branding', 'ioga', 'lawyer', 'interiorisme', 'dades', 'wordpress', 'psicòloga',
  'Puig', 'Martínez', 'Montserrat', 'fotografia', 'Fernandes',
];
const MULTI_TERM = [
  'disseny gràfic', 'marketing digital', 'web react', 'abogado laboral', 'fotografia producte', 'traducción jurada',
  'graphic design', 'seo local', 'vídeo corporatiu', 'power bi', 'Jordi Puig', 'contabilidad autónomos',
  'wordpress maintenance', 'classes ioga oficina', 'diseño de logotipo', 'María García', 'desenvolupament web a mida',
  'declaració renda', 'event planner barcelona', 'redes sociales instagram',
];

/** The fixed mix, one-term and multi-term queries interleaved. */
export function queryMix(): BenchQuery[] {
  const all = [...ONE_TERM, ...MULTI_TERM].map((q): BenchQuery => ({ q, kind: searchTerms(q).length > 1 ? 'multi-term' : 'one-term' }));
  const one = all.filter((query) => query.kind === 'one-term');
  const multi = all.filter((query) => query.kind === 'multi-term');
  const mix: BenchQuery[] = [];
  for (let i = 0; i < Math.max(one.length, multi.length); i++) {
    if (one[i]) mix.push(one[i]!);
    if (multi[i]) mix.push(multi[i]!);
  }
  return mix;
}
