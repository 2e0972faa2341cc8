// Common enemies: two different actors that both oppose or attack the same target.
MATCH (a:Actor)-[r1:OPPOSES|ATTACKS]->(x:Actor)<-[r2:OPPOSES|ATTACKS]-(b:Actor)
WHERE a.name < b.name AND r1.negated = false AND r2.negated = false
RETURN x.name AS target, a.name AS first, b.name AS second
ORDER BY target, first, second
