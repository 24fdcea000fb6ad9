// params: $url — the world file served over HTTP from 127.0.0.1 (LOAD CSV from file URLs is disabled)
// returns: nothing. The benchmark's baseline: Neo4j's own LOAD CSV with a plain MERGE per place and per pair,
// no validation and no entity resolution (places keyed by country + name), committed every 5,000 rows.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (a:City {id: coalesce(row.country1, '') + '|' + row.city1})
    ON CREATE SET a.nameEn = row.city1, a.lat = toFloat(row.lat1), a.lon = toFloat(row.lng1)
  MERGE (b:City {id: coalesce(row.country2, '') + '|' + row.city2})
    ON CREATE SET b.nameEn = row.city2, b.lat = toFloat(row.lat2), b.lon = toFloat(row.lng2)
  MERGE (a)-[:TIE]-(b)
} IN TRANSACTIONS OF 5000 ROWS
