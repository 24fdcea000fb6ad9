// params: $id: string
// returns: id, pinnedAt, view, graph, forums (JSON strings; forums null for stories pinned before forums were marked) — nothing when unknown
MATCH (s:Story {id: $id})
RETURN s.id AS id, s.pinnedAt AS pinnedAt, s.view AS view, s.graph AS graph, s.forums AS forums
