// params: $owner: string
// returns: count — 1 when $owner's :ImportLock was deleted (the graph holds no lock node between imports)
MATCH (l:ImportLock {id: 'import', owner: $owner})
DELETE l
RETURN count(l) AS count
