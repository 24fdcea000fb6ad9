// params: none
// returns: city — every city with what entity resolution compares: country, kind, coordinates, names, search keys
MATCH (c:City)
RETURN c {.id, .country, .lat, .lon, .nameEn, .nameRu, kind: coalesce(c.kind, 'city'), aliases: coalesce(c.aliases, []), searchKeys: coalesce(c.searchKeys, [])} AS city
