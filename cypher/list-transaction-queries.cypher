// params: none
// returns: query — the text of every transaction running now (Community answers SHOW TRANSACTIONS too); the fault
// tests use it to kill the database while the world import's write transaction is open
SHOW TRANSACTIONS YIELD currentQuery
RETURN currentQuery AS query
