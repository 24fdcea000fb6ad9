// The open transactions of one console request, found by the metadata its worker set (pobratimConsole = $tag).
SHOW TRANSACTIONS YIELD transactionId, metaData, elapsedTime
WHERE metaData.pobratimConsole = $tag
RETURN transactionId
