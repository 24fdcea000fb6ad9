// params: none
// returns: ok — the watchdog's probe (server/db/watchdog.ts): one round trip that proves the database answers
RETURN 1 AS ok
