// params: $id: string (hash of view + data), $pinnedAt: ISO timestamp, $view: JSON string, $graph: JSON string
// returns: id, pinnedAt — a story already stored keeps its first pinnedAt and frozen data
MERGE (s:Story {id: $id})
ON CREATE SET s.pinnedAt = $pinnedAt, s.view = $view, s.graph = $graph
RETURN s.id AS id, s.pinnedAt AS pinnedAt
