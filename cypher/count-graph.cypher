// params: none
// returns: nodes, relationships, properties — totals over the whole graph (for idempotency checks)
CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProps }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relProps }
RETURN nodes, relationships, nodeProps + relProps AS properties
