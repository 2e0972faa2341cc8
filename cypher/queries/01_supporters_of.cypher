// Who supports an actor: non-denied SUPPORTS, PROVIDES_AID or ALLIED_WITH edges into it.
// param name: the supported actor's canonical name (string), e.g. "Bashar al-Assad"
MATCH (a:Actor)-[r:SUPPORTS|PROVIDES_AID|ALLIED_WITH]->(b:Actor {name: $name})
WHERE r.negated = false
RETURN a.name AS supporter, type(r) AS relation, r.weight AS weight
ORDER BY weight DESC, supporter, relation
