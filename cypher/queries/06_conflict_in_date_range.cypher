// Conflictual edges seen in a date range (ISO dates compare as strings; edges without a date are left out).
// param from: first day (string, YYYY-MM-DD), e.g. "2017-01-01"
// param to: last day (string, YYYY-MM-DD), e.g. "2017-12-31"
MATCH (a:Actor)-[r]->(b:Actor)
WHERE r.class = "conflictual" AND r.last_seen >= $from AND r.first_seen <= $to
RETURN a.name AS subject, type(r) AS relation, b.name AS object, r.negated AS negated, r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY first_seen, subject, relation, object, negated, last_seen
