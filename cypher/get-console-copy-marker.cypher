// params: none
// returns: marker — the main graph's last-commit marker the console sandbox's copy was completed at (null when no
// complete copy is there: never made, or a refresh began and did not finish); read when the sandbox's JVM starts
OPTIONAL MATCH (m:_ConsoleCopy)
RETURN m.marker AS marker
