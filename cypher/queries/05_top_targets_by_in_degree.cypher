// Top targets by in-degree and by mentions: who is acted upon most.
// param limit: how many rows (integer), e.g. 10
MATCH (a:Actor)-[r]->(b:Actor)
RETURN b.name AS actor, COUNT(r) AS edges, SUM(r.weight) AS mentions
ORDER BY mentions DESC, edges DESC, actor
LIMIT $limit
