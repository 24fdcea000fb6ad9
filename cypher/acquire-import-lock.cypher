// params: $owner: string (this process), $now: epoch ms, $leaseMs: how long the lease holds if never released
// returns: acquired, owner, since, expires — the one :ImportLock node (unique id 'import') taken for $owner when it
// is free, already $owner's (a lease left by this process's own failed import), or its lease has expired; the
// write to _claim takes the node's write lock first, so concurrent claims are decided one after another
MERGE (l:ImportLock {id: 'import'})
SET l._claim = $owner
REMOVE l._claim
WITH l, l.owner IS NULL OR l.owner = $owner OR l.expires < $now AS free
SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END,
    l.since = CASE WHEN free THEN $now ELSE l.since END,
    l.expires = CASE WHEN free THEN $now + $leaseMs ELSE l.expires END
RETURN free AS acquired, l.owner AS owner, l.since AS since, l.expires AS expires
