// params: $rows: [{from, to, props}] — ties an import's plan knows are new, from < to (stored once, lower id →
// higher id); props are complete, their sources included
// returns: count — ties created
UNWIND $rows AS row
MATCH (a:City {id: row.from})
MATCH (b:City {id: row.to})
CREATE (a)-[t:TIE]->(b)
SET t = row.props
RETURN count(t) AS count
