// params: $id
// returns: metrics (null when none are stored), graphAt, by, countryPlaces — the city's stored metrics and how many
// places of its country have them (its rank's denominator)
MATCH (c:City {id: $id})
RETURN CASE WHEN c.metricsAt IS NULL THEN null ELSE c {.id, .pagerank, .pagerankWeighted, .betweenness, .closeness,
         .community, .component, .rankWorld, .rankCountry, degree: COUNT { (c)-[:TIE]-() }} END AS metrics,
       c.metricsAt AS graphAt, c.metricsBy AS by,
       COUNT { MATCH (o:City) WHERE o.country = c.country AND o.metricsAt IS NOT NULL } AS countryPlaces
