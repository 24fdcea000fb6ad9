// params: $keys: [string] folded name keys of the query (see server/search/name-keys.ts), $country: string|null, $limit: int
// returns: city — exact name first, then prefix, then substring; more ties first
UNWIND $keys AS key
MATCH (c:City)
WHERE c.search CONTAINS key AND ($country IS NULL OR c.country = $country)
WITH c, min(CASE WHEN c.search CONTAINS ('|' + key + '|') THEN 0 WHEN c.search CONTAINS ('|' + key) THEN 1 ELSE 2 END) AS rank
WITH c, rank, COUNT { (c)-[:TIE]-() } AS degree
ORDER BY rank, degree DESC, c.id
LIMIT $limit
RETURN c {.id, .nameRu, .nameEn, .country, .lat, .lon, .kind, .aliases, .region, .geonamesId, .wikidataId,
          coordinatesSources: CASE WHEN c.lat IS NULL THEN [] ELSE coalesce(c.coordinatesSources, [(c)-[:SOURCED_BY]->(s:Source) | s.id]) END,
          degree: degree, sources: [(c)-[:SOURCED_BY]->(s:Source) | s.id]} AS city
