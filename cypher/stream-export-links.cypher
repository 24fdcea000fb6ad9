// params: $ids: [city id]|null (a focus neighbourhood, or null for the whole network); the filters of get-graph
// ($countries, $kinds, $from, $to, $includeUndated, $limit)
// returns: one row per tie, in id order (at most $limit + 1, so the caller can tell it truncated): id, source, target,
// kind, kinds, date, datePrecision, year, agreements, sources
MATCH (a:City)-[t:TIE]->(b:City)
WHERE ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
  AND ($countries IS NULL OR (a.country IN $countries AND b.country IN $countries))
  AND ($kinds IS NULL OR any(k IN t.kinds WHERE k IN $kinds))
  AND CASE WHEN t.year IS NULL THEN $includeUndated ELSE ($from IS NULL OR t.year >= $from) AND ($to IS NULL OR t.year <= $to) END
WITH a, t, b ORDER BY t.id LIMIT $limit + 1
RETURN t.id AS id, a.id AS source, b.id AS target, t.kind AS kind, coalesce(t.kinds, []) AS kinds, t.date AS date,
       t.datePrecision AS datePrecision, t.year AS year, coalesce(t.agreements, []) AS agreements, coalesce(t.sources, []) AS sources
