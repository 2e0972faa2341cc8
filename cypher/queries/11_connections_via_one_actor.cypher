// How two actors are connected through one intermediary (the embedded stand-in for shortestPath of length 2).
// param from: first actor's canonical name (string), e.g. "United States"
// param to: second actor's canonical name (string), e.g. "Bashar al-Assad"
MATCH (a:Actor {name: $from})-[r1]->(m:Actor)-[r2]->(b:Actor {name: $to})
RETURN m.name AS via, type(r1) AS first, type(r2) AS second
ORDER BY via, first, second
