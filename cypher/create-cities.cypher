// params: $rows: [{props, sources}] — places an import's plan knows are new (the city_id constraint refuses a
// clash). props are complete: id, nameEn, country, kind, lat/lon and location (a point) when known, aliases and
// search ('|key1|key2|'); sources are the ids of the Sources that name the place.
// returns: count — cities created, each IN_COUNTRY its country and SOURCED_BY its sources
// Each node is created with its properties in one step, named one by one (an absent one is null, and CREATE
// leaves a null property out): a `SET c = row.props` map copy made the planner buffer every row (Eager) and
// wrote the node twice; the properties listed here must be those cityProps (import.repository.ts) gives.
UNWIND $rows AS row
CREATE (c:City {
  id: row.props.id, nameEn: row.props.nameEn, country: row.props.country, kind: row.props.kind,
  aliases: row.props.aliases, search: row.props.search, lat: row.props.lat, lon: row.props.lon,
  location: row.props.location
})
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
