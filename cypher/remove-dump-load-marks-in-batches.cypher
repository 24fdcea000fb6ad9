// params: none
// returns: nothing — the loader's marks (:_DumpLoad, _dumpId) removed in transactions of 5,000 nodes (auto-commit
// only): the batched loader's last step
MATCH (n:_DumpLoad)
CALL (n) { REMOVE n:_DumpLoad, n._dumpId } IN TRANSACTIONS OF 5000 ROWS
