// params: $ids: [city id] — a country's places in a selection, $graphAt: the graph's last-commit marker, $max: int
// returns: id, pagerank, rankCountry, rankWorld — those with metrics of that graph (fresh ones), most central first
MATCH (c:City)
WHERE c.id IN $ids AND c.metricsAt = $graphAt
RETURN c.id AS id, c.pagerank AS pagerank, c.rankCountry AS rankCountry, c.rankWorld AS rankWorld
ORDER BY c.pagerank DESC, c.id
LIMIT $max
