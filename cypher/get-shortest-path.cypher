// params: $from, $to: city ids, $maxLength: int (1..12)
// returns: found (both cities exist), cities, ties — one shortest chain of TIE relationships, or empty lists
OPTIONAL MATCH (a:City {id: $from})
OPTIONAL MATCH (b:City {id: $to})
OPTIONAL MATCH p = shortestPath((a)-[:TIE*..12]-(b))
WITH a, b, CASE WHEN p IS NOT NULL AND length(p) <= $maxLength THEN p END AS p
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists,
       CASE WHEN p IS NULL THEN [] ELSE [n IN nodes(p) | n {.id, .nameRu, .nameEn, .country, .lat, .lon}] END AS cities,
       CASE WHEN p IS NULL THEN [] ELSE [t IN relationships(p) | t {.id, .kind, .kinds, .date, .datePrecision, .year, .agreements, .sources,
                                        source: startNode(t).id, target: endNode(t).id}] END AS ties
