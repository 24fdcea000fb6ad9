// params: $rows: [{from, to, props, sources}] — ties an import's plan knows are new, from < to (stored once, lower
// id → higher id); props are complete (id, kind, kinds, agreements, and date, datePrecision, year when dated:
// TieProps in server/import/plan-import.ts), sources those it cites
// returns: count — ties created
// Created with their properties in one step, named one by one (CREATE leaves a null one out): a `SET t =
// row.props` map copy made the planner buffer every row (Eager) and wrote each tie twice.
UNWIND $rows AS row
MATCH (a:City {id: row.from})
MATCH (b:City {id: row.to})
CREATE (a)-[t:TIE {
  id: row.props.id, kind: row.props.kind, kinds: row.props.kinds, agreements: row.props.agreements,
  date: row.props.date, datePrecision: row.props.datePrecision, year: row.props.year, sources: row.sources
}]->(b)
RETURN count(t) AS count
