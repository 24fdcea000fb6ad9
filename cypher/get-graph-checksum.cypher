// params: none
// returns: nodes, relationships, entries — counts, and one canonical line per node and relationship (sorted labels
// or the type, ends by id, every property with its type, sorted by key); lines sorted, so equal data gives equal lines
CALL () {
  MATCH (n)
  CALL (n) { UNWIND labels(n) AS l WITH l ORDER BY l RETURN reduce(s = '', x IN collect(l) | s + ':' + x) AS ls }
  CALL (n) {
    UNWIND keys(n) AS k WITH k, n[k] AS v ORDER BY k
    RETURN reduce(s = '', x IN collect(k + '=' + valueType(v) + '=' + CASE WHEN v IS :: LIST<ANY> THEN reduce(t = '', e IN v | t + toString(e) + '|') ELSE toString(v) END) | s + ';' + x) AS ps
  }
  RETURN 'N' + ls + ' {' + ps + '}' AS entry, 1 AS node, 0 AS rel
  UNION ALL
  MATCH (a)-[r]->(b)
  CALL (r) {
    UNWIND keys(r) AS k WITH k, r[k] AS v ORDER BY k
    RETURN reduce(s = '', x IN collect(k + '=' + valueType(v) + '=' + CASE WHEN v IS :: LIST<ANY> THEN reduce(t = '', e IN v | t + toString(e) + '|') ELSE toString(v) END) | s + ';' + x) AS ps
  }
  RETURN 'R ' + coalesce(a.id, elementId(a)) + '-' + type(r) + '->' + coalesce(b.id, elementId(b)) + ' {' + ps + '}' AS entry, 0 AS node, 1 AS rel
}
WITH entry, node, rel ORDER BY entry
RETURN sum(node) AS nodes, sum(rel) AS relationships, collect(entry) AS entries
