// What is done to places: attacks, deployments and control of :Location actors.
MATCH (a:Actor)-[r:ATTACKS|DEPLOYS_TO|CONTROLS]->(l:Location)
RETURN l.name AS place, a.name AS actor, type(r) AS relation, r.negated AS negated, r.weight AS weight
ORDER BY place, actor, relation, negated, weight
