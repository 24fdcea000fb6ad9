// params: $marker (the main graph's last-commit marker the copy was taken at), $nodes, $relationships, $at
// returns: nothing — the console sandbox's copy marker, written by the refresh's last transaction (after every
// batch and the loader's marks' removal committed): a store that holds it holds the whole copy
MERGE (m:_ConsoleCopy)
SET m.marker = $marker, m.nodes = $nodes, m.relationships = $relationships, m.at = $at
