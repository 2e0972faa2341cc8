// Relations the text denies ("Turkey denied arming the rebels").
MATCH (a:Actor)-[r]->(b:Actor)
WHERE r.negated = true
RETURN a.name AS subject, type(r) AS relation, b.name AS object, r.weight AS weight
ORDER BY subject, relation, object, weight
