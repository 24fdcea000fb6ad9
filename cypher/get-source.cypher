// params: $id, $cap: int — at most this many citing facts are listed
// returns: source, cites [{id, type, label, labelRu, city}], citesTotal — facts only (a story is content, never a
// citation); label in English (else Russian, else the id), labelRu the other way round; city: the place to open
// in the explorer (the city itself, a tie's first end, the city of a body, person, forum, agreement, delegation or investment), else null
MATCH (s:Source {id: $id})
CALL (s) {
  MATCH (n)-[:SOURCED_BY]->(s) WHERE NOT n:Story
  OPTIONAL MATCH (n)-[:OF_CITY|HOSTED_IN|PARTY|FROM|TO]->(place:City)
  WITH n, CASE WHEN n:City THEN n ELSE head(collect(place)) END AS at
  // An agreement has no name: its parties (alphabetically) and its date stand for it; a forum is its edition,
  // a delegation its city.
  WITH n, at, COLLECT { MATCH (n)-[:PARTY]->(x) RETURN coalesce(x.nameEn, x.nameRu, x.id) AS p ORDER BY p } AS en,
       COLLECT { MATCH (n)-[:PARTY]->(x) RETURN coalesce(x.nameRu, x.nameEn, x.id) AS p ORDER BY p } AS ru
  WITH n, at, CASE WHEN size(en) > 0 THEN reduce(acc = head(en), p IN tail(en) | acc + ' – ' + p) + coalesce(', ' + n.date, '') END AS partiesEn,
       CASE WHEN size(ru) > 0 THEN reduce(acc = head(ru), p IN tail(ru) | acc + ' – ' + p) + coalesce(', ' + n.date, '') END AS partiesRu
  RETURN n.id AS id, labels(n)[0] AS type,
         coalesce(n.nameEn, n.nameRu, partiesEn, CASE WHEN n:Forum THEN n.editionRoman WHEN n:Delegation THEN coalesce(at.nameEn, at.nameRu) END, n.id) AS label,
         coalesce(n.nameRu, n.nameEn, partiesRu, CASE WHEN n:Forum THEN n.editionRoman WHEN n:Delegation THEN coalesce(at.nameRu, at.nameEn) END, n.id) AS labelRu,
         at.id AS city
  UNION ALL
  MATCH (a:City)-[t:TIE]->(b:City) WHERE s.id IN t.sources
  RETURN t.id AS id, 'TIE' AS type, coalesce(a.nameEn, a.id) + ' – ' + coalesce(b.nameEn, b.id) AS label,
         coalesce(a.nameRu, a.nameEn, a.id) + ' – ' + coalesce(b.nameRu, b.nameEn, b.id) AS labelRu, a.id AS city
}
WITH s, id, type, label, labelRu, city ORDER BY type, label
WITH s, collect({id: id, type: type, label: label, labelRu: labelRu, city: city}) AS cites
RETURN s {.id, .url, .title, .publisher, .date, .language, .licence, .note} AS source,
       cites[0..$cap] AS cites, size(cites) AS citesTotal
