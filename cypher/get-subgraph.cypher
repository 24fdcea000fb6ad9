// params: $ids: [city id] — the cities to show; the same filters as get-graph ($countries, $kinds, $from, $to, $includeUndated, $limit)
// returns: links (ties among $ids, at most $limit + 1), nodes — every city of $ids
UNWIND $ids AS id
MATCH (n:City {id: id})
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[t:TIE]->(b:City)
  WHERE b.id IN $ids
    AND ($countries IS NULL OR (a.country IN $countries AND b.country IN $countries))
    AND ($kinds IS NULL OR any(k IN t.kinds WHERE k IN $kinds))
    AND CASE WHEN t.year IS NULL THEN $includeUndated ELSE ($from IS NULL OR t.year >= $from) AND ($to IS NULL OR t.year <= $to) END
  WITH a, t, b ORDER BY t.id LIMIT $limit + 1
  RETURN collect(t {.id, .kind, .kinds, .date, .datePrecision, .year, .agreements, .sources, source: a.id, target: b.id}) AS links
}
RETURN links, [n IN nodes | n {.id, .nameRu, .nameEn, .country, .lat, .lon, type: coalesce(n.kind, 'city'), degree: COUNT { (n)-[:TIE]-() }}] AS nodes
