// params: $id, $limit: int
// returns: city, score — cosine similarity of its partners and $id's (shared / √(ties × ties)), tied, shared —
// the partners both have, with the similar city's tie to each and its sources; best first, at most $limit
MATCH (c:City {id: $id})-[:TIE]-(p:City)-[t:TIE]-(o:City)
WHERE o <> c
WITH c, o, collect({city: p {.id, .nameRu, .nameEn, .country, .lat, .lon}, tie: t.id, sources: coalesce(t.sources, [])}) AS shared
WITH c, o, shared, size(shared) / sqrt(toFloat(COUNT { (c)-[:TIE]-() }) * COUNT { (o)-[:TIE]-() }) AS score
ORDER BY score DESC, size(shared) DESC, o.id
LIMIT $limit
RETURN o {.id, .nameRu, .nameEn, .country, .lat, .lon} AS city, score, EXISTS { (c)-[:TIE]-(o) } AS tied, shared
