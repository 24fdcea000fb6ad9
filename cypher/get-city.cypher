// params: $id
// returns: city, bodies, ties (agreement ids unresolved), hosted (forum ids), attended [{forum, delegation}], people, investments
MATCH (c:City {id: $id})
RETURN c {.id, .nameRu, .nameEn, .country, .lat, .lon, .kind, .aliases, .region, .geonamesId, .wikidataId,
          degree: COUNT { (c)-[:TIE]-() }, sources: [(c)-[:SOURCED_BY]->(s:Source) | s.id]} AS city,
       [(c)<-[:OF_CITY]-(b:Body) | b {.id, .kind, .nameRu, .nameEn, sources: [(b)-[:SOURCED_BY]->(s:Source) | s.id]}] AS bodies,
       [(c)-[t:TIE]-(o:City) | {id: t.id, kind: t.kind, kinds: t.kinds, date: t.date, datePrecision: t.datePrecision, year: t.year,
          sources: t.sources, agreements: coalesce(t.agreements, []),
          city: o {.id, .nameRu, .nameEn, .country, .lat, .lon}}] AS ties,
       [(c)<-[:HOSTED_IN]-(f:Forum) | f.id] AS hosted,
       [(c)<-[:FROM]-(d:Delegation)-[:AT]->(f:Forum) | {forum: f.id, delegation: d.id}] AS attended,
       [(c)<-[:OF_CITY]-(p:Person) | p {.id, .nameRu, .nameEn, .officeRu, .officeEn, city: c.id,
          roles: [(p)-[m:MEMBER_OF]->(d:Delegation)-[:AT]->(f:Forum) | {forum: f.id, delegation: d.id, role: m.role, section: m.section, proposals: coalesce(m.proposals, [])}],
          sources: [(p)-[:SOURCED_BY]->(s:Source) | s.id]}] AS people,
       [(c)<-[:TO]-(v:Investment) | v {.id, .amount, .approximate, .currency, .purposeRu, .purposeEn, .fromLabelRu, .fromLabelEn, .reportedAt,
          fromCountry: head([(v)-[:FROM_COUNTRY]->(k:Country) | k.id]), to: c.id,
          sources: [(v)-[:SOURCED_BY]->(s:Source) | s.id]}] AS investments
