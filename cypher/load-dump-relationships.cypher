// params: $rows: [{type, start, end, props}] — a batch of a graph dump's relationships, ends by their ids in the dump
// returns: count — relationships created (fewer than the rows when an end is missing: the loader refuses that)
UNWIND $rows AS row
MATCH (a:_DumpLoad {_dumpId: row.start})
MATCH (b:_DumpLoad {_dumpId: row.end})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS count
