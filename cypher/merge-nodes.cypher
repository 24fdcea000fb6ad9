// params: $label (node label), $rows: [{id, props}] — props hold only known values (unknown stays absent)
// returns: count — nodes merged by id, their properties set
UNWIND $rows AS row
MERGE (n:$($label) {id: row.id})
SET n += row.props
RETURN count(n) AS count
