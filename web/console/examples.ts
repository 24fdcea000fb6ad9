// The example library: queries that answer the researchers' real questions about the curated graph.
export interface Example {
  title: string;
  query: string;
  params?: Record<string, unknown>;
}

export const examples: Example[] = [
  {
    title: "A city's twins, with agreements and sources",
    query: `MATCH (c:City {id: $city})-[t:TIE]-(o:City)
RETURN o.nameEn AS twin, o.country AS country, t.kind AS kind, t.date AS since, t.agreements AS agreements, t.sources AS sources
ORDER BY since`,
    params: { city: 'ru-kaluga' },
  },
  {
    title: 'Russia–Belarus ties by year',
    query: `MATCH (a:City)-[t:TIE]-(b:City) WHERE a.country = 'RU' AND b.country = 'BY'
RETURN t.year AS year, count(*) AS ties, collect(a.nameEn + ' – ' + b.nameEn) AS pairs
ORDER BY year`,
  },
  {
    title: 'Forums and their hosts',
    query: `MATCH (f:Forum) OPTIONAL MATCH (f)-[:HOSTED_IN]->(h:City)
RETURN f.editionRoman AS forum, f.startDate AS start, f.endDate AS end, h.nameEn AS host, f.theme AS theme
ORDER BY f.edition`,
  },
  {
    title: 'Cities at a forum with no twin across the border',
    query: `MATCH (c:City)<-[:FROM]-(:Delegation)-[:AT]->(f:Forum)
WHERE NOT EXISTS { (c)-[:TIE]-(o:City) WHERE o.country <> c.country }
RETURN c.nameEn AS city, c.country AS country, collect(DISTINCT f.editionRoman) AS forums
ORDER BY city`,
  },
  {
    title: 'The shortest chain between two cities',
    query: `MATCH p = shortestPath((a:City {id: $from})-[:TIE*..8]-(b:City {id: $to}))
RETURN p, [n IN nodes(p) | n.nameEn] AS chain, length(p) AS steps`,
    params: { from: 'ru-tula', to: 'ru-omsk' },
  },
  {
    title: "A city's two-step neighbourhood (graph)",
    query: `MATCH p = (c:City {id: $city})-[:TIE*1..2]-(o:City)
RETURN p`,
    params: { city: 'by-mogilev' },
  },
  {
    title: 'Where a fact comes from',
    query: `MATCH (a:Agreement)-[:SOURCED_BY]->(s:Source)
RETURN a.id AS agreement, a.date AS date, s.publisher AS publisher, s.url AS url
ORDER BY date`,
  },
];
