// Two-hop alliances: A backs or is allied with M, which backs or is allied with B (explicit two hops, none denied).
MATCH (a:Actor)-[r1:ALLIED_WITH|SUPPORTS]->(m:Actor)-[r2:ALLIED_WITH|SUPPORTS]->(b:Actor)
WHERE r1.negated = false AND r2.negated = false AND a.name <> b.name
RETURN a.name AS source, m.name AS via, b.name AS target
ORDER BY source, via, target
