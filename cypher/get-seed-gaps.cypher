// params: none
// returns: forum07, zhodino, tula — properties of three seed facts with known gaps (tests check they stay empty)
MATCH (f:Forum {id: 'forum-07'}), (z:City {id: 'by-zhodino'}), (a:Agreement {id: 'agr-ru-kaluga-duma-ru-tula-council'})
RETURN properties(f) AS forum07, properties(z) AS zhodino, properties(a) AS tula
