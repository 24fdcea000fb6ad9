// params: none. Tests and benchmarks only (back to an empty graph); runs in an implicit transaction, in batches.
// returns: nothing
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
