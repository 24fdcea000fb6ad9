// params: $countries: [code]|null (both ends), $kinds: [kind]|null, $from, $to: int|null, $includeUndated: bool, $limit: int
// returns: links (at most $limit + 1, ties between the most connected cities first), nodes — their end cities
MATCH (a:City)-[t:TIE]->(b:City)
WHERE ($countries IS NULL OR (a.country IN $countries AND b.country IN $countries))
  AND ($kinds IS NULL OR any(k IN t.kinds WHERE k IN $kinds))
  AND CASE WHEN t.year IS NULL THEN $includeUndated ELSE ($from IS NULL OR t.year >= $from) AND ($to IS NULL OR t.year <= $to) END
WITH a, t, b, COUNT { (a)-[:TIE]-() } + COUNT { (b)-[:TIE]-() } AS weight
ORDER BY weight DESC, t.id
LIMIT $limit + 1
WITH collect(t {.id, .kind, .kinds, .date, .datePrecision, .year, .agreements, .sources, source: a.id, target: b.id}) AS links,
     collect(a) + collect(b) AS ends
UNWIND ends AS n
WITH links, collect(DISTINCT n) AS nodes
RETURN links, [n IN nodes | n {.id, .nameRu, .nameEn, .country, .lat, .lon, type: coalesce(n.kind, 'city'), degree: COUNT { (n)-[:TIE]-() }}] AS nodes
