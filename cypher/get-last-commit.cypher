// params: none
// returns: nothing worth reading — Database.lastCommit() runs it for the bookmark its read transaction ends with,
// which names the last transaction committed to the database (an opaque marker: equal markers, unchanged graph)
RETURN 1 AS one
