// answers: everything the graph says one official did: posts held (HOLDS, detail = capacity), events led or attended (LED/ATTENDED, detail = event type), quotes (STATED, detail = the text)
// param name: the official: a name, alias, part of a name (any case) or node id, e.g. "Imam Hidayat" or "official:imam-hidayat" (required)
// official: name
// example: graphkit query queries/official_profile.cypher --param name="Imam Hidayat"
WITH toLower($name) AS wanted
MATCH (o:Official)
WHERE o.id = $name OR toLower(o.name) = wanted OR any(alias IN o.aliases WHERE toLower(alias) = wanted)
MATCH (o)-[r:HOLDS|LED|ATTENDED|STATED]->(x)
RETURN DISTINCT type(r) AS relation,
       CASE WHEN x:Office THEN x.name ELSE x.id END AS target,
       CASE type(r) WHEN 'HOLDS' THEN r.capacity WHEN 'STATED' THEN x.text ELSE x.type END AS detail,
       CASE type(r) WHEN 'HOLDS' THEN r.as_of ELSE x.date END AS date
ORDER BY relation, target
