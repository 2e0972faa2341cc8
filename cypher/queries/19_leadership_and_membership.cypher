// Structure: who leads or belongs to what.
MATCH (a:Actor)-[r:LEADS|MEMBER_OF]->(b:Actor)
WHERE r.negated = false
RETURN a.name AS member, type(r) AS relation, b.name AS organisation
ORDER BY member, relation, organisation
