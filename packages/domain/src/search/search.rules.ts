/**
 * What the search compares: lower case, no accents, no Catalan middle dot («il·lustració» →
 * «illustracio»). The database folds its documents the same way (unaccent + the same dot rule).
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/·/g, '').toLowerCase();
}

/** The words of a query, folded: letters and digits only, so they are safe inside a tsquery. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0)
    .slice(0, 8);
}

/**
 * A PostgreSQL tsquery where every word must match as a prefix (`foto` finds «fotografía»);
 * null when the query has no word at all.
 */
export function toPrefixTsQuery(query: string): string | null {
  const terms = searchTerms(query);
  return terms.length === 0 ? null : terms.map((term) => `${term}:*`).join(' & ');
}
