// params: none
// returns: city — every city with what entity resolution compares: country, kind, coordinates, names, exact search keys (the loose '~' ones are for search only)
MATCH (c:City)
RETURN c {.id, .country, .lat, .lon, .nameEn, .nameRu, kind: coalesce(c.kind, 'city'), aliases: coalesce(c.aliases, []), searchKeys: [k IN split(coalesce(c.search, ''), '|') WHERE k <> '' AND NOT k STARTS WITH '~']} AS city
