// params: none
// returns: graphAt — the graph marker the stored city metrics were computed from (they are written all at once), or none
MATCH (c:City) WHERE c.metricsAt IS NOT NULL
RETURN c.metricsAt AS graphAt LIMIT 1
