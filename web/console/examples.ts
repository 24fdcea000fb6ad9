// The example library: queries that answer the researchers' real questions, about the curated graph and, where
// the world network is loaded, about the whole of it (tests run them on both).
import type { ConsoleLang } from './words.ts';

export interface Example {
  /** In both interface languages (the query itself, and what it returns, stay as written). */
  title: Record<ConsoleLang, string>;
  query: string;
  params?: Record<string, unknown>;
}

export const examples: Example[] = [
  {
    title: { en: "A city's twins, with agreements and sources", ru: 'Побратимы города, с соглашениями и источниками' },
    query: `MATCH (c:City {id: $city})-[t:TIE]-(o:City)
RETURN o.nameEn AS twin, o.country AS country, t.kind AS kind, t.date AS since, t.agreements AS agreements, t.sources AS sources
ORDER BY since`,
    params: { city: 'ru-kaluga' },
  },
  {
    title: { en: 'Russia–Belarus ties by year', ru: 'Связи России и Беларуси по годам' },
    query: `MATCH (a:City)-[t:TIE]-(b:City) WHERE a.country = 'RU' AND b.country = 'BY'
RETURN t.year AS year, count(*) AS ties, collect(a.nameEn + ' – ' + b.nameEn) AS pairs
ORDER BY year`,
  },
  {
    title: { en: 'Forums and their hosts', ru: 'Форумы и города, где они прошли' },
    query: `MATCH (f:Forum) OPTIONAL MATCH (f)-[:HOSTED_IN]->(h:City)
RETURN f.editionRoman AS forum, f.startDate AS start, f.endDate AS end, h.nameEn AS host, f.theme AS theme
ORDER BY f.edition`,
  },
  {
    title: { en: 'Cities at a forum with no twin across the border', ru: 'Города на форуме без побратима за границей' },
    query: `MATCH (c:City)<-[:FROM]-(:Delegation)-[:AT]->(f:Forum)
WHERE NOT EXISTS { (c)-[:TIE]-(o:City) WHERE o.country <> c.country }
RETURN c.nameEn AS city, c.country AS country, collect(DISTINCT f.editionRoman) AS forums
ORDER BY city`,
  },
  {
    title: { en: 'The shortest chain between two cities', ru: 'Кратчайшая цепочка между двумя городами' },
    query: `MATCH p = shortestPath((a:City {id: $from})-[:TIE*..8]-(b:City {id: $to}))
RETURN p, [n IN nodes(p) | n.nameEn] AS chain, length(p) AS steps`,
    params: { from: 'ru-tula', to: 'ru-omsk' },
  },
  {
    title: { en: "A city's two-step neighbourhood (graph)", ru: 'Окрестность города в два шага (граф)' },
    query: `MATCH p = (c:City {id: $city})-[:TIE*1..2]-(o:City)
RETURN p`,
    params: { city: 'by-mogilev' },
  },
  {
    title: { en: 'The most twinned places', ru: 'Места с наибольшим числом побратимов' },
    query: `MATCH (c:City)
RETURN c.nameEn AS place, c.country AS country, c.kind AS kind, COUNT { (c)-[:TIE]-() } AS ties
ORDER BY ties DESC, place LIMIT 25`,
  },
  {
    title: { en: 'Country pairs by number of ties', ru: 'Пары стран по числу связей' },
    query: `MATCH (a:City)-[t:TIE]-(b:City) WHERE a.country <= b.country
RETURN a.country AS country1, b.country AS country2, count(DISTINCT t) AS ties
ORDER BY ties DESC LIMIT 25`,
  },
  {
    title: { en: 'Twins by distance, nearest first (km)', ru: 'Побратимы по расстоянию, сначала ближайшие (км)' },
    query: `MATCH (a:City)-[t:TIE]->(b:City) WHERE a.location IS NOT NULL AND b.location IS NOT NULL
RETURN a.nameEn AS place1, b.nameEn AS place2, round(point.distance(a.location, b.location) / 1000) AS km
ORDER BY km LIMIT 25`,
  },
  {
    title: { en: 'Ties stated by more than one source', ru: 'Связи, подтверждённые несколькими источниками' },
    query: `MATCH (a:City)-[t:TIE]->(b:City) WHERE size(t.sources) > 1
RETURN a.nameEn AS place1, b.nameEn AS place2, t.sources AS sources
ORDER BY place1, place2`,
  },
  {
    title: { en: 'Where a fact comes from', ru: 'Откуда факт: соглашения и их источники' },
    query: `MATCH (a:Agreement)-[:SOURCED_BY]->(s:Source)
RETURN a.id AS agreement, a.date AS date, s.publisher AS publisher, s.url AS url
ORDER BY date`,
  },
];
