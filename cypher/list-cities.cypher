// params: $country: string|null, $limit: int
// returns: city — the most connected first
MATCH (c:City)
WHERE $country IS NULL OR c.country = $country
WITH c, COUNT { (c)-[:TIE]-() } AS degree
ORDER BY degree DESC, c.id
LIMIT $limit
RETURN c {.id, .nameRu, .nameEn, .country, .lat, .lon, .kind, .aliases, .region, .geonamesId, .wikidataId,
          coordinatesSources: CASE WHEN c.lat IS NULL THEN [] ELSE coalesce(c.coordinatesSources, [(c)-[:SOURCED_BY]->(s:Source) | s.id]) END,
          degree: degree, sources: [(c)-[:SOURCED_BY]->(s:Source) | s.id]} AS city
