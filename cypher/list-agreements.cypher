// params: $ids: [id]|null, $city: id|null, $kind: string|null, $from: int|null, $to: int|null (undated left out when from/to set)
// returns: agreement — parties resolved to their cities, source ids; by date, undated last
MATCH (ag:Agreement)
WHERE ($ids IS NULL OR ag.id IN $ids)
  AND ($kind IS NULL OR ag.kind = $kind)
  AND ($from IS NULL OR ag.year >= $from)
  AND ($to IS NULL OR ag.year <= $to)
  AND ($city IS NULL OR EXISTS { (ag)-[:PARTY]->(:City {id: $city}) } OR EXISTS { (ag)-[:PARTY]->(:Body)-[:OF_CITY]->(:City {id: $city}) })
RETURN ag {.id, .kind, .date, .datePrecision, .year, .note,
  sources: [(ag)-[:SOURCED_BY]->(s:Source) | s.id],
  parties: [(ag)-[:PARTY]->(p) | p {.id, .nameRu, .nameEn,
    type: CASE WHEN p:Body THEN 'body' ELSE 'city' END,
    kind: CASE WHEN p:Body THEN p.kind ELSE null END,
    city: coalesce(head([(p)-[:OF_CITY]->(x:City) | x.id]), p.id),
    country: coalesce(head([(p)-[:OF_CITY]->(x:City) | x.country]), p.country)}]} AS agreement
ORDER BY ag.date, ag.id
