// Top actors by out-degree: how many distinct relations (edges) they are the subject of.
// param limit: how many rows (integer), e.g. 10
MATCH (a:Actor)-[r]->(b:Actor)
RETURN a.name AS actor, COUNT(r) AS degree
ORDER BY degree DESC, actor
LIMIT $limit
