// answers: who led and who attended one event (officials, other people, organizations)
// param event: the event's node id, e.g. "event:audiensi:2024-09-25:35.09" (required; list them with events_in_region)
// example: graphkit query queries/event_attendees.cypher --param event=event:audiensi:2024-09-25:35.09
MATCH (a)-[r:LED|ATTENDED]->(e:Event {id: $event})
WHERE a:Official OR a:Person OR a:Organization
RETURN DISTINCT a.name AS attendee, labels(a)[0] AS label, type(r) AS role
ORDER BY role, label, attendee
