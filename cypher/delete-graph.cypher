// params: none
// returns: count — every node deleted with its relationships, inside the caller's transaction (the graph-dump
// loader's replace: the old graph goes and the copy arrives in one commit)
MATCH (n)
DETACH DELETE n
RETURN count(n) AS count
