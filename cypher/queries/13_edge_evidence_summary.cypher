// Why does this edge exist? Its weight, dates, confidence and attributed mentions
// (the sentences: r.evidence in a graph file; :Sentence nodes on Neo4j, see cypher/browser/starter-queries.cypher).
// param subject: subject's canonical name (string), e.g. "Russia"
// param relation: relation type (string), e.g. "SUPPORTS"
// param object: object's canonical name (string), e.g. "Bashar al-Assad"
MATCH (a:Actor {name: $subject})-[r]->(b:Actor {name: $object})
WHERE type(r) = $relation
RETURN r.negated AS negated, r.weight AS weight, r.first_seen AS first_seen, r.last_seen AS last_seen, r.confidence AS confidence, r.attributed AS attributed
ORDER BY negated, weight, first_seen, last_seen, confidence, attributed
