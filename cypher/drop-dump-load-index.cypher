// params: none
// returns: nothing — removes the graph-dump loader's temporary index
DROP INDEX pobratim_dump_load IF EXISTS
