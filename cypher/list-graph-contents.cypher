// params: none
// returns: what ('node' | 'rel'), labels (labels, or [type] of a relationship), start, end (ids), props — the whole
// graph, row by row, so a checksum can prove that a failed import left it exactly as it was
MATCH (n)
RETURN 'node' AS what, labels(n) AS labels, n.id AS start, null AS end, properties(n) AS props
UNION ALL
MATCH (a)-[r]->(b)
RETURN 'rel' AS what, [type(r)] AS labels, a.id AS start, b.id AS end, properties(r) AS props
