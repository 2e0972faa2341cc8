// newsgraph starter queries for the Neo4j Browser.
// Drag this file onto the Browser's Favorites sidebar (the star) to import
// each query as a favourite, or paste one into the editor. Parameters: set them
// first with e.g.  :param name => 'Russia'   (see docs/neo4j.md).

// Overview: the actor graph (first 300 relationships between actors)
MATCH (a:Actor)-[r]->(b:Actor)
WHERE NOT type(r) IN ['MENTIONS', 'HAS_SENTENCE', 'IN_SENTENCE']
RETURN a, r, b LIMIT 300;

// Ego network: an actor and everyone it acts on or is acted on by  (:param name => 'Russia')
MATCH (a:Actor {name: $name})-[r]-(b:Actor)
RETURN a, r, b;

// Why does this edge exist? The sentences behind one relationship
// (:param subject => 'Russia'; :param object => 'Bashar al-Assad')
MATCH (a:Actor {name: $subject})-[r]->(b:Actor {name: $object})
MATCH (m:Mention)-[:IN_SENTENCE]->(s:Sentence)<-[:HAS_SENTENCE]-(ar:Article)
WHERE m.key IN r.evidence_keys
RETURN type(r) AS relation, r.negated AS negated, r.weight AS weight,
       ar.date AS date, ar.source AS source, s.text AS sentence,
       m.subject_mention AS subject_said_as, m.object_mention AS object_said_as, m.attributed_to AS claimed_by
ORDER BY relation, negated, date, source;

// Evidence as a picture: the relationship, its sentences and articles
MATCH (a:Actor {name: $subject})-[r]->(b:Actor {name: $object})
MATCH (m:Mention)-[:IN_SENTENCE]->(s:Sentence)<-[:HAS_SENTENCE]-(ar:Article)
WHERE m.key IN r.evidence_keys
RETURN a, r, b, s, ar;

// Shortest path between two actors, any direction (:param from => 'Turkey'; :param to => 'Iran')
MATCH p = shortestPath((a:Actor {name: $from})-[*..6]-(b:Actor {name: $to}))
WHERE all(r IN relationships(p) WHERE NOT type(r) IN ['MENTIONS', 'HAS_SENTENCE', 'IN_SENTENCE'])
RETURN p;

// Who supports whom (not denied), strongest first
MATCH (a:Actor)-[r:SUPPORTS|PROVIDES_AID|ALLIED_WITH]->(b:Actor)
WHERE r.negated = false
RETURN a.name AS supporter, type(r) AS relation, b.name AS supported, r.weight AS weight
ORDER BY weight DESC, supporter LIMIT 50;

// Conflict picture: conflictual edges with their weight
MATCH (a:Actor)-[r]->(b:Actor)
WHERE r.class = 'conflictual' AND r.negated = false
RETURN a, r, b LIMIT 300;

// Top actors by degree (both directions) and mentions
MATCH (a:Actor)
RETURN a.name AS actor, a.type AS type,
       COUNT { (a)-[r]-(:Actor) } AS degree, a.mentions AS mentions
ORDER BY degree DESC, mentions DESC, actor LIMIT 25;

// Mutual hostility: pairs in conflict with each other
MATCH (a:Actor)-[r1]->(b:Actor)-[r2]->(a)
WHERE r1.class = 'conflictual' AND r2.class = 'conflictual' AND a.name < b.name
  AND r1.negated = false AND r2.negated = false
RETURN a.name AS first, type(r1) AS first_does, b.name AS second, type(r2) AS second_does
ORDER BY first, second;

// Timeline: mentions per month and relation class
MATCH (m:Mention) WHERE m.date IS NOT NULL AND m.negated = false
MATCH (:Actor {id: m.subject_id})-[r]->(:Actor {id: m.object_id}) WHERE type(r) = m.relation AND r.negated = false
RETURN substring(m.date, 0, 7) AS month, r.class AS class, count(*) AS mentions
ORDER BY month, class;

// Articles that mention an actor (:param name => 'Iran')
MATCH (ar:Article)-[:MENTIONS]->(a:Actor {name: $name})
RETURN ar.id AS article, ar.date AS date, ar.source AS source
ORDER BY date, article;

// Everything newsgraph wrote: counts by label and relationship type
CALL db.labels() YIELD label
CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS n }
RETURN label, n ORDER BY label;
