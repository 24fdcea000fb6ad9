// params: the same as stream-export-links ($ids, $countries, $kinds, $from, $to, $includeUndated, $limit)
// returns: source — each source cited by the exported ties or by the stored coordinates of their ends (id, url,
// title, publisher, date, licence), for the attribution and the CSV's source_url and source_title (a place without stored coordinatesSources got them from its ties' source)
MATCH (a:City)-[t:TIE]->(b:City)
WHERE ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
  AND ($countries IS NULL OR (a.country IN $countries AND b.country IN $countries))
  AND ($kinds IS NULL OR any(k IN t.kinds WHERE k IN $kinds))
  AND CASE WHEN t.year IS NULL THEN $includeUndated ELSE ($from IS NULL OR t.year >= $from) AND ($to IS NULL OR t.year <= $to) END
WITH a, t, b ORDER BY t.id LIMIT $limit
UNWIND reduce(ids = t.sources, n IN [a, b] | ids + CASE WHEN n.lat IS NULL THEN [] ELSE coalesce(n.coordinatesSources, []) END) AS sourceId
WITH DISTINCT sourceId
MATCH (s:Source {id: sourceId})
RETURN s {.id, .url, .title, .publisher, .date, .licence} AS source
ORDER BY s.id
