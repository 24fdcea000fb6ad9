// params: none
// returns: edition, name — of the database the session is bound to
CALL dbms.components() YIELD edition
CALL db.info() YIELD name
RETURN edition, name
