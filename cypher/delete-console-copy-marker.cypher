// params: none
// returns: nothing — the console sandbox's copy marker removed, first of all in a refresh: from here until the
// refresh's last transaction the store holds no marker, so a JVM killed midway is copied again when it comes back
MATCH (m:_ConsoleCopy)
DELETE m
