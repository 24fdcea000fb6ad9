// params: $url — the world file served over HTTP from 127.0.0.1
// returns: nothing. A second, diagnostic baseline for the import benchmark: LOAD CSV writing the SAME shape the
// importer writes (city properties with search keys and a point, IN_COUNTRY, SOURCED_BY, tie properties with
// sources), still without validation or entity resolution, committed every 5,000 rows. Importer / this ratio
// is the price of validation, resolution and one atomic transaction; this / load-csv-baseline is the price of
// the richer graph.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (s:Source {id: 'bench-same-shape'})
  WITH row, s
  UNWIND [[row.city1, coalesce(row.country1, ''), row.lat1, row.lng1], [row.city2, coalesce(row.country2, ''), row.lat2, row.lng2]] AS p
  MERGE (k:Country {id: p[1]})
  MERGE (c:City {id: p[1] + '|' + p[0]})
    ON CREATE SET c.nameEn = p[0], c.country = p[1], c.kind = 'city', c.aliases = [],
                  c.search = '|' + toLower(p[0]) + '|', c.lat = toFloat(p[2]), c.lon = toFloat(p[3]),
                  c.location = point({latitude: toFloat(p[2]), longitude: toFloat(p[3])})
  MERGE (c)-[:IN_COUNTRY]->(k)
  MERGE (c)-[:SOURCED_BY]->(s)
  WITH row, collect(c) AS ends
  WITH ends[0] AS a, ends[1] AS b
  WHERE a <> b
  MERGE (a)-[t:TIE]-(b)
    ON CREATE SET t.id = a.id + '--' + b.id, t.kind = 'twinning', t.kinds = ['twinning'], t.agreements = [], t.sources = ['bench-same-shape']
} IN TRANSACTIONS OF 5000 ROWS
