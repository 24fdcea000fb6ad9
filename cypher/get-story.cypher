// params: $id: string
// returns: id, pinnedAt, view (JSON string), graph (JSON string) — nothing when unknown
MATCH (s:Story {id: $id})
RETURN s.id AS id, s.pinnedAt AS pinnedAt, s.view AS view, s.graph AS graph
