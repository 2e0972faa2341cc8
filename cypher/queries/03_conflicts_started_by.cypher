// Whom an actor is in conflict with: its outgoing conflictual edges (not denied).
// param name: the acting actor's canonical name (string), e.g. "Russia"
MATCH (a:Actor {name: $name})-[r]->(b:Actor)
WHERE r.class = "conflictual" AND r.negated = false
RETURN b.name AS target, type(r) AS relation, r.weight AS weight
ORDER BY weight DESC, target, relation
