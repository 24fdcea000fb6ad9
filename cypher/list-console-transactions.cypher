// params: tag — the metadata a console request's worker set on its transaction (pobratimConsole = $tag)
// returns: transactionId — the open transactions of that request
SHOW TRANSACTIONS YIELD transactionId, metaData, elapsedTime
WHERE metaData.pobratimConsole = $tag
RETURN transactionId
