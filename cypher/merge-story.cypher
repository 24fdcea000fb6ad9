// params: $id: string (hash of view + data), $pinnedAt: ISO timestamp, $view, $graph, $forums: JSON strings, $sources: [id] cited by the frozen ties
// returns: id, pinnedAt — a story already stored keeps its first pinnedAt and frozen data; it is SOURCED_BY what its ties cite
MERGE (s:Story {id: $id})
ON CREATE SET s.pinnedAt = $pinnedAt, s.view = $view, s.graph = $graph, s.forums = $forums
WITH s
CALL (s) {
  MATCH (src:Source) WHERE src.id IN $sources
  MERGE (s)-[:SOURCED_BY]->(src)
}
RETURN s.id AS id, s.pinnedAt AS pinnedAt
