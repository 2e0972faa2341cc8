// Actors of one ontology type with how often they are mentioned in relations.
// param type: PERSON, COUNTRY, ORGANIZATION, GROUP or LOCATION (string), e.g. "COUNTRY"
MATCH (a:Actor)
WHERE a.type = $type
RETURN a.name AS actor, a.mentions AS mentions
ORDER BY mentions DESC, actor
