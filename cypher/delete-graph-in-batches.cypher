// params: none
// returns: nothing — every node deleted with its relationships in transactions of 2,000 nodes (auto-commit only):
// the batched loader's replace, for a disposable copy whose readers wait while it is refreshed (console sandbox)
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
