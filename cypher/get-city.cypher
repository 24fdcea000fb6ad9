// params: $id
// returns: city, bodies, ties (each with its agreements), forumsHosted, forumsAttended, people, investments,
// sources — one round trip for the whole detail view; every source cited anywhere in it is in `sources`
MATCH (c:City {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)-[t:TIE]-(o:City)
  CALL (t) {
    UNWIND coalesce(t.agreements, []) AS agreementId
    MATCH (ag:Agreement {id: agreementId})
    RETURN collect(ag {.id, .kind, .date, .datePrecision, .year, .note,
      sources: [(ag)-[:SOURCED_BY]->(s:Source) | s.id],
      parties: [(ag)-[:PARTY]->(p) | p {.id, .nameRu, .nameEn,
        type: CASE WHEN p:Body THEN 'body' ELSE 'city' END,
        kind: CASE WHEN p:Body THEN p.kind ELSE null END,
        city: coalesce(head([(p)-[:OF_CITY]->(x:City) | x.id]), p.id),
        country: coalesce(head([(p)-[:OF_CITY]->(x:City) | x.country]), p.country)}]}) AS agreements
  }
  WITH t, o, agreements ORDER BY coalesce(t.year, 9999), o.id
  RETURN collect(CASE WHEN t IS NOT NULL THEN {id: t.id, kind: t.kind, kinds: t.kinds, date: t.date, datePrecision: t.datePrecision,
    year: t.year, sources: t.sources, agreements: agreements, city: o {.id, .nameRu, .nameEn, .country, .lat, .lon}} END) AS ties
}
CALL (c) {
  OPTIONAL MATCH (c)<-[:HOSTED_IN]-(f:Forum)
  WITH f ORDER BY f.edition
  RETURN collect(f {.id, .edition, .editionRoman, .startDate, .endDate, .datePrecision, .dateNote, .year, .theme, .participants,
    .participantsApprox, .citiesRu, .citiesBy, .note, topics: coalesce(f.topics, []), sections: coalesce(f.sections, []),
    host: head([(f)-[:HOSTED_IN]->(h:City) | h {.id, .nameRu, .nameEn, .country, .lat, .lon}]),
    sources: [(f)-[:SOURCED_BY]->(s:Source) | s.id]}) AS forumsHosted
}
CALL (c) {
  OPTIONAL MATCH (c)<-[:FROM]-(d:Delegation)-[:AT]->(f:Forum)
  WITH f, d ORDER BY f.edition
  RETURN collect(f {.id, .edition, .editionRoman, .startDate, .endDate, .datePrecision, .dateNote, .year, .theme, .participants,
    .participantsApprox, .citiesRu, .citiesBy, .note, topics: coalesce(f.topics, []), sections: coalesce(f.sections, []),
    host: head([(f)-[:HOSTED_IN]->(h:City) | h {.id, .nameRu, .nameEn, .country, .lat, .lon}]),
    sources: [(f)-[:SOURCED_BY]->(s:Source) | s.id], delegation: d.id}) AS forumsAttended
}
WITH c, ties, forumsHosted, forumsAttended,
     [(c)<-[:OF_CITY]-(b:Body) | b {.id, .kind, .nameRu, .nameEn, sources: [(b)-[:SOURCED_BY]->(s:Source) | s.id]}] AS bodies,
     [(c)<-[:OF_CITY]-(p:Person) | p {.id, .nameRu, .nameEn, .officeRu, .officeEn, city: c.id,
        roles: [(p)-[m:MEMBER_OF]->(d:Delegation)-[:AT]->(f:Forum) | {forum: f.id, delegation: d.id, role: m.role, section: m.section, proposals: coalesce(m.proposals, [])}],
        sources: [(p)-[:SOURCED_BY]->(s:Source) | s.id]}] AS people,
     [(c)<-[:TO]-(v:Investment) | v {.id, .amount, .approximate, .currency, .purposeRu, .purposeEn, .fromLabelRu, .fromLabelEn, .reportedAt,
        fromCountry: head([(v)-[:FROM_COUNTRY]->(k:Country) | k.id]), to: c.id,
        sources: [(v)-[:SOURCED_BY]->(s:Source) | s.id]}] AS investments
WITH c, ties, bodies, people, investments, forumsHosted, forumsAttended,
     [(c)-[:SOURCED_BY]->(s:Source) | s.id] + coalesce(c.coordinatesSources, [])
       + reduce(acc = [], t IN ties | acc + t.sources + reduce(a2 = [], g IN t.agreements | a2 + g.sources))
       + reduce(acc = [], x IN bodies + people + investments + forumsHosted + forumsAttended | acc + x.sources) AS sourceIds
CALL (sourceIds) {
  UNWIND sourceIds AS sourceId
  WITH DISTINCT sourceId
  MATCH (s:Source {id: sourceId})
  WITH s ORDER BY s.id
  RETURN collect(s {.id, .url, .title, .publisher, .date, .language, .licence, .note}) AS sources
}
RETURN c {.id, .nameRu, .nameEn, .country, .lat, .lon, .kind, .aliases, .region, .geonamesId, .wikidataId,
          coordinatesSources: CASE WHEN c.lat IS NULL THEN [] ELSE coalesce(c.coordinatesSources, [(c)-[:SOURCED_BY]->(s:Source) | s.id]) END,
          degree: COUNT { (c)-[:TIE]-() }, sources: [(c)-[:SOURCED_BY]->(s:Source) | s.id]} AS city,
       bodies, ties, forumsHosted, forumsAttended, people, investments, sources
