// params: none
// returns: city {id, names} — cities whose search string has no loose key yet (written before loose keys existed)
MATCH (c:City)
WHERE NOT coalesce(c.search, '') CONTAINS '|~'
RETURN c {.id, names: [n IN [c.nameRu, c.nameEn] + coalesce(c.aliases, []) WHERE n IS NOT NULL]} AS city
