// params: none
// returns: unsourced — ids of nodes (other than sources, and stories: content, not facts) with no SOURCED_BY, and ties with no source ids
CALL () { MATCH (n) WHERE NOT n:Source AND NOT n:Story AND NOT EXISTS { (n)-[:SOURCED_BY]->(:Source) } RETURN collect(n.id) AS nodes }
CALL () { MATCH ()-[t:TIE]->() WHERE size(coalesce(t.sources, [])) = 0 RETURN collect(t.id) AS ties }
RETURN nodes + ties AS unsourced
