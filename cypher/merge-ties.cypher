// params: $rows: [{from, to, props, sources}] — from < to (ties are stored once, lower id → higher id);
// props are set only on a tie created here; sources are added to what the tie already cites (never removed)
// returns: count — ties merged
UNWIND $rows AS row
MATCH (a:City {id: row.from})
MATCH (b:City {id: row.to})
MERGE (a)-[t:TIE]->(b)
  ON CREATE SET t += row.props
SET t.sources = reduce(acc = coalesce(t.sources, []), s IN row.sources | CASE WHEN s IN acc THEN acc ELSE acc + s END)
RETURN count(t) AS count
