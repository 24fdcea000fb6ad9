// params: $countries: [code]|null (both ends), $kinds: [kind]|null, $from, $to: int|null, $includeUndated: bool, $limit: int,
// $graphAt: the graph's marker — the stored metrics (computed) come only when they are of it, else nulls
// returns: links (at most $limit + 1, ties between the most connected cities first), nodes — their end cities
// as value lists in the key order of GraphLinkSchema and GraphNodeSchema (graph.repository.ts names them), each
// node followed by the sources of its coordinates when stored (for the attribution): the world network is
// ~42,000 maps, and decoding their repeated keys was most of the driver's time
MATCH (a:City)-[t:TIE]->(b:City)
WHERE ($countries IS NULL OR (a.country IN $countries AND b.country IN $countries))
  AND ($kinds IS NULL OR any(k IN t.kinds WHERE k IN $kinds))
  AND CASE WHEN t.year IS NULL THEN $includeUndated ELSE ($from IS NULL OR t.year >= $from) AND ($to IS NULL OR t.year <= $to) END
WITH a, t, b, COUNT { (a)-[:TIE]-() } + COUNT { (b)-[:TIE]-() } AS weight
ORDER BY weight DESC, t.id
LIMIT $limit + 1
WITH collect([t.id, a.id, b.id, t.kind, t.kinds, t.date, t.datePrecision, t.year, t.agreements, t.sources]) AS links,
     collect(a) + collect(b) AS ends
UNWIND ends AS n
WITH links, collect(DISTINCT n) AS nodes
RETURN links, [n IN nodes | [n.id, coalesce(n.kind, 'city'), n.nameRu, n.nameEn, n.country, n.lat, n.lon, COUNT { (n)-[:TIE]-() }]
  + CASE WHEN n.metricsAt = $graphAt THEN [n.community, n.pagerank, n.pagerankWeighted, n.betweenness, n.closeness] ELSE [null, null, null, null, null] END
  + [n.coordinatesSources]] AS nodes
