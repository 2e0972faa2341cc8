// The best-attested relations: edges with at least a number of supporting mentions.
// param min_weight: smallest weight (integer), e.g. 2
MATCH (a:Actor)-[r]->(b:Actor)
WHERE r.weight >= $min_weight
RETURN a.name AS subject, type(r) AS relation, b.name AS object, r.negated AS negated, r.weight AS weight
ORDER BY weight DESC, subject, relation, object, negated
