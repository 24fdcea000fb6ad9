// params: $keys: [string] folded name keys of the query, $loose: [string] its loose keys ('~…', see
// server/search/name-keys.ts), $country: string|null, $limit: int
// returns: city — exact name first, then prefix, then substring, then a romanisation variant (a whole name); more ties first
CALL () {
  UNWIND $keys AS key
  MATCH (c:City)
  WHERE c.search CONTAINS key AND ($country IS NULL OR c.country = $country)
  RETURN c, CASE WHEN c.search CONTAINS ('|' + key + '|') THEN 0 WHEN c.search CONTAINS ('|' + key) THEN 1 ELSE 2 END AS rank
  UNION
  // A loose key matches a whole loose key only: a prefix of consonants would find too much.
  UNWIND $loose AS key
  MATCH (c:City)
  WHERE c.search CONTAINS ('|' + key + '|') AND ($country IS NULL OR c.country = $country)
  RETURN c, 3 AS rank
}
WITH c, min(rank) AS rank
WITH c, rank, COUNT { (c)-[:TIE]-() } AS degree
ORDER BY rank, degree DESC, c.id
LIMIT $limit
RETURN c {.id, .nameRu, .nameEn, .country, .lat, .lon, .kind, .aliases, .region, .geonamesId, .wikidataId,
          coordinatesSources: CASE WHEN c.lat IS NULL THEN [] ELSE coalesce(c.coordinatesSources, [(c)-[:SOURCED_BY]->(s:Source) | s.id]) END,
          degree: degree, sources: [(c)-[:SOURCED_BY]->(s:Source) | s.id]} AS city
