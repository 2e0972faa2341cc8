"""The ground floor: the data model, the ontology, errors, identity keys and query results.

Everything else in newsgraph stands on this package; it imports nothing of newsgraph's own
besides its own modules (docs/architecture.md).
"""
