// params: none
// returns: count — nodes whose loader marks (:_DumpLoad, _dumpId) were removed, in the loader's own transaction
MATCH (n:_DumpLoad)
REMOVE n:_DumpLoad, n._dumpId
RETURN count(n) AS count
