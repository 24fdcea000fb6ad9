// params: $rows: [{id, keys}] — search keys to append to each city's `search` string ('|key1|key2|')
// returns: count — cities updated
UNWIND $rows AS row
MATCH (c:City {id: row.id})
SET c.search = coalesce(c.search, '|') + reduce(s = '', k IN row.keys | s + k + '|')
RETURN count(c) AS count
