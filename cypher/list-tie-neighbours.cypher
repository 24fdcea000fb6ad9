// params: $ids: [city id] — a BFS frontier; the same filters as get-graph ($countries, $kinds, $from, $to, $includeUndated)
// returns: ids — the cities one tie away from the frontier through ties that pass the filters
UNWIND $ids AS id
MATCH (a:City {id: id})-[t:TIE]-(b:City)
WHERE ($countries IS NULL OR (a.country IN $countries AND b.country IN $countries))
  AND ($kinds IS NULL OR any(k IN t.kinds WHERE k IN $kinds))
  AND CASE WHEN t.year IS NULL THEN $includeUndated ELSE ($from IS NULL OR t.year >= $from) AND ($to IS NULL OR t.year <= $to) END
RETURN collect(DISTINCT b.id) AS ids
