// params: $fromLabel, $type, $toLabel, $rows: [{from, to, props}]
// returns: count — relationships merged between nodes found by id
UNWIND $rows AS row
MATCH (a:$($fromLabel) {id: row.from})
MATCH (b:$($toLabel) {id: row.to})
MERGE (a)-[r:$($type)]->(b)
SET r += row.props
RETURN count(r) AS count
