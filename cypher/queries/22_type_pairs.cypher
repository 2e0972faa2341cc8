// Who acts on whom, by actor type: edges and mentions per (subject type, object type).
MATCH (a:Actor)-[r]->(b:Actor)
RETURN a.type AS subject_type, b.type AS object_type, COUNT(r) AS edges, SUM(r.weight) AS mentions
ORDER BY subject_type, object_type, edges, mentions
