// params: $rows: [{id, props, aliases, searchKeys}] — aliases and search keys are added to what the city has
// returns: count — cities merged; each gets its IN_COUNTRY relationship and a point location when known
UNWIND $rows AS row
MERGE (c:City {id: row.id})
SET c += row.props,
    c.aliases = reduce(acc = [], a IN coalesce(c.aliases, []) + row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    c.searchKeys = reduce(acc = [], k IN coalesce(c.searchKeys, []) + row.searchKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END)
SET c.search = reduce(s = '|', k IN c.searchKeys | s + k + '|'),
    c.location = CASE WHEN c.lat IS NULL THEN null ELSE point({latitude: c.lat, longitude: c.lon}) END
WITH c
MATCH (k:Country {id: c.country})
MERGE (c)-[:IN_COUNTRY]->(k)
RETURN count(c) AS count
