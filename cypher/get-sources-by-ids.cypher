// params: $ids: [id]
// returns: source — those of the given ids, by id
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s {.id, .url, .title, .publisher, .date, .language, .licence, .note} AS source
ORDER BY s.id
