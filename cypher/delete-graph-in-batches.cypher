// params: none
// returns: nothing — every node deleted in transactions of 2,000 nodes (auto-commit only), after
// delete-relationships-in-batches (DETACH only for safety: no relationship is left by then): the batched loader's
// replace, for a disposable copy whose readers wait while it is refreshed (console sandbox)
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
