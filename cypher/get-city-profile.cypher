// params: $id
// returns: city, ties — the city's ties (the other city, the tie's id, year and sources), forums — the editions it
// hosted or sent a delegation to, with their sources; no row when the city is unknown
MATCH (c:City {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)-[t:TIE]-(o:City)
  WITH t, o ORDER BY o.country, o.id
  RETURN collect(CASE WHEN t IS NOT NULL THEN {city: o {.id, .nameRu, .nameEn, .country, .lat, .lon}, tie: t.id,
    year: t.year, sources: coalesce(t.sources, [])} END) AS ties
}
CALL (c) {
  OPTIONAL MATCH (f:Forum) WHERE EXISTS { (f)-[:HOSTED_IN]->(c) } OR EXISTS { (c)<-[:FROM]-(:Delegation)-[:AT]->(f) }
  WITH f ORDER BY f.edition
  RETURN collect(f {.id, .edition, .editionRoman, .year,
    role: CASE WHEN EXISTS { (f)-[:HOSTED_IN]->(c) } THEN 'host' ELSE 'guest' END,
    sources: [(f)-[:SOURCED_BY]->(s:Source) | s.id]}) AS forums
}
RETURN c {.id, .nameRu, .nameEn, .country, .lat, .lon} AS city, ties, forums
