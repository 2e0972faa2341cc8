// Edges resting at least partly on someone's claim ("Putin said the U.S. ..."), with the share of attributed mentions.
MATCH (a:Actor)-[r]->(b:Actor)
WHERE r.attributed > 0
RETURN a.name AS subject, type(r) AS relation, b.name AS object, r.attributed AS attributed, r.weight AS weight
ORDER BY subject, relation, object, attributed, weight
