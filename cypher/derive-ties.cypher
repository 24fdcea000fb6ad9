// params: none
// returns: count — TIE relationships (lower city id → higher) summarising the agreements between two cities:
// kinds, earliest known date, agreement ids and the union of their sources (kept with any other sources)
MATCH (ag:Agreement)-[:PARTY]->(p)
OPTIONAL MATCH (p:Body)-[:OF_CITY]->(bc:City)
WITH ag, collect(DISTINCT coalesce(bc, p)) AS cities
WHERE size(cities) = 2
WITH ag,
     CASE WHEN cities[0].id < cities[1].id THEN cities[0] ELSE cities[1] END AS a,
     CASE WHEN cities[0].id < cities[1].id THEN cities[1] ELSE cities[0] END AS b
OPTIONAL MATCH (ag)-[:SOURCED_BY]->(s:Source)
WITH a, b, ag, collect(s.id) AS agSources
ORDER BY ag.date, ag.id
WITH a, b, collect(ag) AS ags, reduce(acc = [], l IN collect(agSources) | acc + [x IN l WHERE NOT x IN acc]) AS sources
WITH a, b, ags, sources, [g IN ags WHERE g.date IS NOT NULL] AS dated, [g IN ags | g.kind] AS allKinds
MERGE (a)-[t:TIE]->(b)
SET t.id = a.id + '--' + b.id,
    t.kinds = reduce(acc = [], k IN allKinds | CASE WHEN k IN acc THEN acc ELSE acc + k END),
    t.agreements = [g IN ags | g.id],
    t.sources = reduce(acc = coalesce(t.sources, []), x IN sources | CASE WHEN x IN acc THEN acc ELSE acc + x END),
    t.date = CASE WHEN size(dated) > 0 THEN dated[0].date ELSE null END,
    t.datePrecision = CASE WHEN size(dated) > 0 THEN dated[0].datePrecision ELSE null END,
    t.year = CASE WHEN size(dated) > 0 THEN dated[0].year ELSE null END
SET t.kind = CASE WHEN 'twinning' IN t.kinds THEN 'twinning' WHEN 'partnership' IN t.kinds THEN 'partnership' ELSE 'cooperation' END
RETURN count(t) AS count
