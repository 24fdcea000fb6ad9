// params: none
// returns: count — City nodes (0 means an empty graph to seed)
MATCH (c:City) RETURN count(c) AS count
