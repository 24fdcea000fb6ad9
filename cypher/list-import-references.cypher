// params: none
// returns: sources, countries — the ids an import may refer to without creating them
RETURN COLLECT { MATCH (s:Source) RETURN s.id } AS sources, COLLECT { MATCH (c:Country) RETURN c.id } AS countries
