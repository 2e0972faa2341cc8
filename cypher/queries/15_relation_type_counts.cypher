// How many edges and mentions each relation type has.
MATCH (a:Actor)-[r]->(b:Actor)
RETURN type(r) AS relation, COUNT(r) AS edges, SUM(r.weight) AS mentions
ORDER BY relation, edges, mentions
