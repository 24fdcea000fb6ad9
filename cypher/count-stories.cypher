// params: none
// returns: count, bytes — the stories stored and the size of their frozen data (stories stored before sizes were
// kept count by the length of their JSON)
MATCH (s:Story)
RETURN count(s) AS count, sum(coalesce(s.bytes, size(s.view) + size(s.graph) + size(coalesce(s.forums, '')))) AS bytes
