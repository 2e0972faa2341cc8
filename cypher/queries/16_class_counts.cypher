// Cooperative, conflictual and structural edges and mentions.
MATCH (a:Actor)-[r]->(b:Actor)
RETURN r.class AS class, COUNT(r) AS edges, SUM(r.weight) AS mentions
ORDER BY class, edges, mentions
