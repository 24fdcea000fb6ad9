// params: none
// returns: nothing — the index the graph-dump loader joins relationship ends with (a schema statement: it runs in
// its own transaction before the load; drop-dump-load-index removes it afterwards)
CREATE INDEX pobratim_dump_load IF NOT EXISTS FOR (n:_DumpLoad) ON (n._dumpId)
