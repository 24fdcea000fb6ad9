// params: $rows: [{id, labels, props}] — a batch of a graph dump's nodes, their values already typed by the driver
// returns: count — nodes created, each with its labels (dynamic labels, Neo4j 5.26+) and properties, and the
// loader's temporary :_DumpLoad label and _dumpId (its id in the dump) to join relationships' ends; both are
// removed by remove-dump-load-marks before the loader's transaction commits
UNWIND $rows AS row
CREATE (n:_DumpLoad {_dumpId: row.id})
SET n += row.props, n:$(row.labels)
RETURN count(n) AS count
