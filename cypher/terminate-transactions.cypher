// params: ids — transaction ids (a console query past its deadline)
// returns: transactionId, message — Neo4j stops each at its next check
TERMINATE TRANSACTIONS $ids
YIELD transactionId, message
RETURN transactionId, message
