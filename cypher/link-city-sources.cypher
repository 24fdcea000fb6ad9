// params: $rows: [{id, sources: [sourceId]}] — a static label, so each city is found through its id constraint
// (a dynamic label, as in link-sources, scans every node: too slow for the 17,000 places of the world file)
// returns: count — SOURCED_BY relationships merged from each city to each of its sources
UNWIND $rows AS row
MATCH (n:City {id: row.id})
UNWIND row.sources AS sourceId
MATCH (s:Source {id: sourceId})
MERGE (n)-[r:SOURCED_BY]->(s)
RETURN count(r) AS count
