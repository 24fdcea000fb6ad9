// params: $rows: [{props, sources}] — places an import's plan knows are new (the city_id constraint refuses a
// clash). props are complete: id, nameEn, country, kind, lat/lon and location (a point) when known, aliases and
// search ('|key1|key2|'); sources are the ids of the Sources that name the place.
// returns: count — cities created, each IN_COUNTRY its country and SOURCED_BY its sources
UNWIND $rows AS row
CREATE (c:City)
SET c = row.props
WITH c, row
CALL (c, row) {
  MATCH (k:Country {id: row.props.country})
  CREATE (c)-[:IN_COUNTRY]->(k)
}
CALL (c, row) {
  UNWIND row.sources AS sourceId
  MATCH (s:Source {id: sourceId})
  CREATE (c)-[:SOURCED_BY]->(s)
}
RETURN count(c) AS count
