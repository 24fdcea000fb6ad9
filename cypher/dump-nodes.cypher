// params: none
// returns: id, labels, props — every node, as read in the dump's one read transaction (server/db/graph-dump.ts);
// id is the elementId, stable within that transaction, which the relationships' ends refer to
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
