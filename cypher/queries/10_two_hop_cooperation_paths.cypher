// Two-hop chains of ALLIED_WITH / SUPPORTS as a variable-length pattern (denied edges included).
// Cycles back to the start are left out: the embedded backend never returns them.
MATCH (a:Actor)-[r:ALLIED_WITH|SUPPORTS*2]->(b:Actor)
WHERE a.name <> b.name
RETURN a.name AS source, b.name AS target
ORDER BY source, target
