// params: none
// returns: from, to (lower id → higher id, as ties are stored), sources — every tie, to tell new ties from present ones
MATCH (a:City)-[t:TIE]->(b:City)
RETURN a.id AS from, b.id AS to, coalesce(t.sources, []) AS sources
