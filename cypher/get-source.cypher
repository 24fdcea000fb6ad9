// params: $id, $cap: int — at most this many citing facts are listed
// returns: source, cites [{id, type, label}], citesTotal — facts only (a story is content, never a citation)
MATCH (s:Source {id: $id})
CALL (s) {
  MATCH (n)-[:SOURCED_BY]->(s) WHERE NOT n:Story
  RETURN n.id AS id, labels(n)[0] AS type, coalesce(n.nameEn, n.nameRu, n.id) AS label
  UNION ALL
  MATCH (a:City)-[t:TIE]->(b:City) WHERE s.id IN t.sources
  RETURN t.id AS id, 'TIE' AS type, coalesce(a.nameEn, a.id) + ' – ' + coalesce(b.nameEn, b.id) AS label
}
WITH s, collect({id: id, type: type, label: label}) AS cites
RETURN s {.id, .url, .title, .publisher, .date, .language, .licence, .note} AS source,
       cites[0..$cap] AS cites, size(cites) AS citesTotal
