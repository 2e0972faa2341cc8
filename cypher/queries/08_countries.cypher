// Every state actor (label :Country) with its ISO 3166-1 alpha-3 code when known.
MATCH (a:Country)
RETURN a.name AS country, a.country AS iso3, a.mentions AS mentions
ORDER BY country, iso3, mentions
