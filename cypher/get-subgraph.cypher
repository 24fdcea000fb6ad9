// params: $ids: [city id] — the cities to show; the same filters as get-graph ($countries, $kinds, $from, $to, $includeUndated, $limit),
// $graphAt: the graph's marker — stored metrics (computed) are returned only when they are of it, else nulls
// returns: links (ties among $ids, at most $limit + 1), nodes — every city of $ids
// as value lists in the key order of GraphLinkSchema and GraphNodeSchema (graph.repository.ts names them), each
// node followed by the sources of its coordinates when stored (for the attribution): the
// world network is ~42,000 maps, and decoding their repeated keys was most of the driver's time
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
  RETURN collect([t.id, a.id, b.id, t.kind, t.kinds, t.date, t.datePrecision, t.year, t.agreements, t.sources]) AS links
}
RETURN links, [n IN nodes | [n.id, coalesce(n.kind, 'city'), n.nameRu, n.nameEn, n.country, n.lat, n.lon, COUNT { (n)-[:TIE]-() }]
  + CASE WHEN n.metricsAt = $graphAt THEN [n.community, n.pagerank, n.pagerankWeighted, n.betweenness, n.closeness] ELSE [null, null, null, null, null] END
  + [n.coordinatesSources]] AS nodes
