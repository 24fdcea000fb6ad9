// params: none
// returns: type, start, end, props — every relationship, its ends by the elementIds that dump-nodes returned
MATCH (a)-[r]->(b)
RETURN type(r) AS type, elementId(a) AS start, elementId(b) AS end, properties(r) AS props
