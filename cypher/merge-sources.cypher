// params: $rows: [{id, props}] — props hold only known values
// returns: count — Source nodes merged by id (a static label: found through the source_id constraint)
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props
RETURN count(s) AS count
