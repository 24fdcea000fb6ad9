// params: $ids: [elementId]
// returns: node — each node with one of these element ids (the console completes relationships with their end nodes)
MATCH (node) WHERE elementId(node) IN $ids
RETURN node
