// params: none
// returns: labels, relationshipTypes, propertyKeys — each a list of {name, count}, sorted by name (for the console's schema
// panel; the console sandbox's one :_ConsoleCopy marker node left out); attribution — the licence credits of the graph's sources, which the console page shows beside any result
CALL () { MATCH (n) WHERE NOT n:_ConsoleCopy UNWIND labels(n) AS name WITH name, count(*) AS count ORDER BY name RETURN collect({name: name, count: count}) AS labels }
CALL () { MATCH ()-[r]->() WITH type(r) AS name, count(*) AS count ORDER BY name RETURN collect({name: name, count: count}) AS relationshipTypes }
CALL () {
  CALL () { MATCH (n) WHERE NOT n:_ConsoleCopy UNWIND keys(n) AS name RETURN name UNION ALL MATCH ()-[r]->() UNWIND keys(r) AS name RETURN name }
  WITH name, count(*) AS count ORDER BY name
  RETURN collect({name: name, count: count}) AS propertyKeys
}
CALL () { MATCH (s:Source) WHERE s.licence IS NOT NULL WITH DISTINCT s.licence AS licence ORDER BY licence RETURN collect(licence) AS attribution }
RETURN labels, relationshipTypes, propertyKeys, attribution
