// params: the same as stream-export-links ($ids, $countries, $kinds, $from, $to, $includeUndated, $limit)
// returns: one row per city at an end of the exported ties, in id order: id, type, nameRu, nameEn, country, lat, lon,
// coordinatesSources (stored, else the city's own sources; empty when the coordinates are unknown), degree
MATCH (a:City)-[t:TIE]->(b:City)
WHERE ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
  AND ($countries IS NULL OR (a.country IN $countries AND b.country IN $countries))
  AND ($kinds IS NULL OR any(k IN t.kinds WHERE k IN $kinds))
  AND CASE WHEN t.year IS NULL THEN $includeUndated ELSE ($from IS NULL OR t.year >= $from) AND ($to IS NULL OR t.year <= $to) END
WITH a, t, b ORDER BY t.id LIMIT $limit
UNWIND [a, b] AS n
WITH DISTINCT n ORDER BY n.id
RETURN n.id AS id, coalesce(n.kind, 'city') AS type, n.nameRu AS nameRu, n.nameEn AS nameEn, n.country AS country,
       n.lat AS lat, n.lon AS lon,
       CASE WHEN n.lat IS NULL THEN [] ELSE coalesce(n.coordinatesSources, [(n)-[:SOURCED_BY]->(s:Source) | s.id]) END AS coordinatesSources,
       COUNT { (n)-[:TIE]-() } AS degree
