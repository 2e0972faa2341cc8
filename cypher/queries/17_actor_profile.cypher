// Everything an actor does: its outgoing edges.
// param name: the actor's canonical name (string), e.g. "Russia"
MATCH (a:Actor {name: $name})-[r]->(b:Actor)
RETURN type(r) AS relation, b.name AS object, r.negated AS negated, r.weight AS weight
ORDER BY relation, object, negated, weight
