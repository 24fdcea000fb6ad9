// params: none
// returns: nothing — every relationship deleted in transactions of 5,000 (auto-commit only): the first step of the
// batched loader's replace (delete-graph-in-batches then deletes the nodes, alone). Deleting nodes with DETACH in
// batches of 2,000 takes all their relationships into the same transaction: the world graph's hubs (a source cited by
// 17,000 ties, countries of 1,800 cities) made one batch exceed the console sandbox's 96 MB per-transaction limit, so
// every refresh of a copy that was not empty failed (the console 503 for good once the city metrics moved its marker)
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS
