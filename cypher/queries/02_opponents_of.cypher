// An actor's opponents: who opposes, criticizes, threatens, sanctions or attacks it (not denied).
// param name: the target actor's canonical name (string), e.g. "Bashar al-Assad"
MATCH (a:Actor)-[r:OPPOSES|CRITICIZES|THREATENS|SANCTIONS|ATTACKS]->(b:Actor {name: $name})
WHERE r.negated = false
RETURN a.name AS opponent, type(r) AS relation, r.weight AS weight
ORDER BY weight DESC, opponent, relation
