// params: none
// returns: labels, relationshipTypes, propertyKeys — each a list of {name, count}, sorted by name (for the console's schema panel)
CALL () { MATCH (n) UNWIND labels(n) AS name WITH name, count(*) AS count ORDER BY name RETURN collect({name: name, count: count}) AS labels }
CALL () { MATCH ()-[r]->() WITH type(r) AS name, count(*) AS count ORDER BY name RETURN collect({name: name, count: count}) AS relationshipTypes }
CALL () {
  CALL () { MATCH (n) UNWIND keys(n) AS name RETURN name UNION ALL MATCH ()-[r]->() UNWIND keys(r) AS name RETURN name }
  WITH name, count(*) AS count ORDER BY name
  RETURN collect({name: name, count: count}) AS propertyKeys
}
RETURN labels, relationshipTypes, propertyKeys
