// params: $id: string (hash of view + data), $pinnedAt: ISO timestamp, $view, $graph, $forums: JSON strings, $bytes: int (their size)
// returns: id, pinnedAt — a story already stored keeps its first pinnedAt and frozen data. A story is content, not a
// fact: it is linked to nothing (its frozen graph names its sources), so it never counts as a citation
MERGE (s:Story {id: $id})
ON CREATE SET s.pinnedAt = $pinnedAt, s.view = $view, s.graph = $graph, s.forums = $forums, s.bytes = $bytes
RETURN s.id AS id, s.pinnedAt AS pinnedAt
