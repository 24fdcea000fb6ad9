// params: the same as stream-export-links ($ids, $countries, $kinds, $from, $to, $includeUndated, $limit)
// returns: source — each source cited by the exported ties (id, url, title, licence), for the attribution
MATCH (a:City)-[t:TIE]->(b:City)
WHERE ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
  AND ($countries IS NULL OR (a.country IN $countries AND b.country IN $countries))
  AND ($kinds IS NULL OR any(k IN t.kinds WHERE k IN $kinds))
  AND CASE WHEN t.year IS NULL THEN $includeUndated ELSE ($from IS NULL OR t.year >= $from) AND ($to IS NULL OR t.year <= $to) END
WITH t ORDER BY t.id LIMIT $limit
UNWIND t.sources AS sourceId
WITH DISTINCT sourceId
MATCH (s:Source {id: sourceId})
RETURN s {.id, .url, .title, .licence} AS source
ORDER BY s.id
