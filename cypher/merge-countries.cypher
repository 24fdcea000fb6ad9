// params: $rows: [{id, props, source}] — props hold only known values; source is the id of the Source that
// states the country (ISO 3166-1)
// returns: count — Country nodes merged by id, each SOURCED_BY its source
UNWIND $rows AS row
MERGE (k:Country {id: row.id})
SET k += row.props
WITH k, row
MATCH (s:Source {id: row.source})
MERGE (k)-[:SOURCED_BY]->(s)
RETURN count(k) AS count
