// params: $rows: [{id, props, aliases, searchKeys, sources}] — aliases and search keys are added to what the city
// has (its keys live in one string, `search` = '|key1|key2|', which the text index serves); props may give
// coordinates a city lacked (lat, lon, coordinatesSources); sources are those of the rows that named it, which
// the city then cites (its new aliases or coordinates come from them)
// returns: count — cities merged; each gets its IN_COUNTRY relationship and a point location when known
UNWIND $rows AS row
MERGE (c:City {id: row.id})
SET c += row.props,
    c.aliases = reduce(acc = [], a IN coalesce(c.aliases, []) + row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    c.search = reduce(s = '|', k IN reduce(acc = [], k IN [k IN split(coalesce(c.search, ''), '|') WHERE k <> ''] + row.searchKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END) | s + k + '|')
SET c.location = CASE WHEN c.lat IS NULL THEN null ELSE point({latitude: c.lat, longitude: c.lon}) END
WITH c, row
CALL (c, row) {
  UNWIND coalesce(row.sources, []) AS sourceId
  MATCH (s:Source {id: sourceId})
  MERGE (c)-[:SOURCED_BY]->(s)
}
WITH c
MATCH (k:Country {id: c.country})
MERGE (c)-[:IN_COUNTRY]->(k)
RETURN count(c) AS count
