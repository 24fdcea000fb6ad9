// params: $rows: [{id, pagerank, pagerankWeighted, betweenness, closeness, community, component, rankWorld, rankCountry}],
// $graphAt: the graph's last-commit marker they were computed from, $by: the provenance line
// returns: stored — the cities given their metrics; cities with metrics of an older graph (no longer in it) lose them
CALL () {
  UNWIND $rows AS r
  MATCH (c:City {id: r.id})
  SET c.pagerank = r.pagerank, c.pagerankWeighted = r.pagerankWeighted, c.betweenness = r.betweenness,
      c.closeness = r.closeness, c.community = toInteger(r.community), c.component = toInteger(r.component),
      c.rankWorld = toInteger(r.rankWorld), c.rankCountry = toInteger(r.rankCountry), c.metricsAt = $graphAt, c.metricsBy = $by
  RETURN count(c) AS stored
}
CALL () {
  MATCH (c:City) WHERE c.metricsAt IS NOT NULL AND c.metricsAt <> $graphAt
  REMOVE c.pagerank, c.pagerankWeighted, c.betweenness, c.closeness, c.community, c.component, c.rankWorld,
         c.rankCountry, c.metricsAt, c.metricsBy
  RETURN count(c) AS cleared
}
RETURN stored, cleared
