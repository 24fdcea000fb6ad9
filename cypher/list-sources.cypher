// params: none
// returns: source, citesTotal — every source with the number of nodes and ties citing it (facts only: stories, and
// the SOURCED_BY links stories pinned before they stopped being linked, never count)
MATCH (s:Source)
CALL (s) {
  OPTIONAL MATCH ()-[t:TIE]->() WHERE s.id IN t.sources
  RETURN count(t) AS tieCount
}
RETURN s {.id, .url, .title, .publisher, .date, .language, .licence, .note} AS source,
       COUNT { (s)<-[:SOURCED_BY]-(n) WHERE NOT n:Story } + tieCount AS citesTotal
ORDER BY s.id
