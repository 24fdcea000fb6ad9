// params: $label, $rows: [{id, sources: [sourceId]}]
// returns: count — SOURCED_BY relationships merged from each node to each of its sources
UNWIND $rows AS row
MATCH (n:$($label) {id: row.id})
UNWIND row.sources AS sourceId
MATCH (s:Source {id: sourceId})
MERGE (n)-[r:SOURCED_BY]->(s)
RETURN count(r) AS count
