// params: $ids: [id]|null
// returns: forum — with its host city (null when not known) and source ids, by edition
MATCH (f:Forum)
WHERE $ids IS NULL OR f.id IN $ids
RETURN f {.id, .edition, .editionRoman, .startDate, .endDate, .datePrecision, .dateNote, .year, .theme, .participants,
          .participantsApprox, .citiesRu, .citiesBy, .note, topics: coalesce(f.topics, []), sections: coalesce(f.sections, []),
          host: head([(f)-[:HOSTED_IN]->(h:City) | h {.id, .nameRu, .nameEn, .country, .lat, .lon}]),
          sources: [(f)-[:SOURCED_BY]->(s:Source) | s.id]} AS forum
ORDER BY f.edition
