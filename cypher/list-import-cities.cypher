// params: none
// returns: city — every city with what entity resolution compares: country, kind, coordinates, names, search keys
MATCH (c:City)
RETURN c {.id, .country, .lat, .lon, .nameEn, .nameRu, kind: coalesce(c.kind, 'city'), aliases: coalesce(c.aliases, []), searchKeys: [k IN split(coalesce(c.search, ''), '|') WHERE k <> '']} AS city
