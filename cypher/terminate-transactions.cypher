// Terminates the given transactions (a console query past its deadline); Neo4j stops them at its next check.
TERMINATE TRANSACTIONS $ids
YIELD transactionId, message
RETURN transactionId, message
